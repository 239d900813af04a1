"""Hand-written function words per language, merged by make-stopwords.py with the words counted
in the gold texts. They cover languages the corpora hold few pages of (Vietnamese above all).
Each entry: space-separated, lower-case words."""

SEEDS = {
"vi": """
và của có là được cho các những trong với một này đã không để khi từ đến về theo tại ra cũng như
vào sẽ mà nhưng trên sau đó rằng người nước đang bị bởi do nên thì vì nếu hay hoặc cả mọi nhiều
ít rất quá lại còn chỉ vẫn đều luôn thường hơn nhất thêm nữa lên xuống đi nay này kia ấy đây đấy
nào gì ai sao đâu bao giờ lúc nơi chúng tôi ta mình họ anh chị em ông bà nó cậu bạn ngài
ở cùng giữa ngoài dưới trước qua bên cạnh phía hết rồi chưa từng vừa mới sắp đều nhau cái chiếc
con việc sự cuộc điều những mỗi từng tất toàn số vài hai ba năm tháng ngày giờ lần thế vậy nhằm
để hơn kể dù tuy song mặc dầu bằng như vậy thế nên vì vậy do đó cho nên tức là nghĩa cần phải
có thể nên muốn biết cho biết nói thấy làm trở thành gồm thuộc đối với tới nhờ nhé nhỉ ạ à ư
chứ thôi hả đã từng đang được bởi vì hãy đừng chớ không những mà còn cũng như thì là
khá hầu hết mấy chính riêng chung cùng ngay liền tiếp sẽ đồng thời trong khi khi đó sau khi
trước khi lúc này hiện nay bây giờ vừa qua nhiều hơn ít nhất ra sao thế nào tại sao vì sao
này nọ kia đó đấy ấy thì mà là rằng cơ chăng chắc có lẽ hẳn lắm ơi nhé vâng dạ bị
""",
"en": """
the of and to a in is that for it was on with as he she be by at this have from or an but not are
they his her which we you has had were their been one all would there will its who so if more
about out up them what can when some other than into only also than then these could our my
me him us your do does did no any most such may should after before over under between through
during while where how why because both each few many much very just like even still here
being those own same too off again further once new most nor am i it's don't
""",
"de": """
der die das und in zu den von mit sich des auf für ist im dem nicht ein eine als auch es an er
hat aus bei sie nach wird um am sind noch wie einem über einen so zum war haben nur oder aber vor
zur bis mehr durch man sein wurde sei in dass kann gegen vom können schon wenn habe seine ihre
dann unter wir soll ich eines es jahr zwei jahren diese dieser wieder keine seiner worden und
will zwischen immer was sehr ihr ihre ihren dort selbst damit ob also doch allem alle alles
beim bereits dabei denn diesem diesen dieses du einer eines einige etwa euch gibt hier hatte
hatten ihm ihn ins ja jetzt kein man mich mir muss nun sehr sondern uns unser viel waren weil
welche welcher wo wurden zwar sowie sowohl seit ohne mal nichts
""",
"fr": """
le la les de des du un une et à au aux en dans pour par sur avec sans sous que qui quoi dont où
ne pas plus ce cet cette ces il elle ils elles on nous vous je tu se sa son ses leur leurs lui
y est sont été être avoir a ont avait était fait faire comme mais ou donc or ni car si tout tous
toute toutes très bien aussi encore déjà alors après avant depuis entre chez contre vers selon
même autre autres peu peut plusieurs deux dont lors quand ainsi notamment cela ça celui celle
ceux mon ma mes ton ta tes notre nos votre vos leur me te moi toi soi ici là non oui aujourd'hui
c'est qu'il d'un d'une l'on n'est s'est
""",
"es": """
el la los las de del un una unos unas y e o u a al en con por para sin sobre entre hasta desde
que qué quien quién cual cuál como cómo cuando cuándo donde dónde se su sus le les lo me te nos
os mi mis tu tus es son fue ser está están estaba era han ha había hay más menos muy ya también
pero sino porque pues si no ni todo todos toda todas otro otra otros otras este esta estos estas
ese esa esos esas aquel eso esto él ella ellos ellas yo usted ustedes nosotros vosotros tras
durante según mientras sólo solo año años dos tiene tienen puede pueden hace sido cada mismo
misma donde aunque así además antes después bien
""",
"pt": """
o a os as de do da dos das um uma uns umas e ou em no na nos nas por pelo pela pelos pelas para
com sem sobre entre até desde que quem qual quais como quando onde se seu sua seus suas lhe lhes
me te nos é são foi ser está estão estava era tem têm ter há mais menos muito muita muitos
muitas já também mas porque pois não nem todo todos toda todas outro outra outros outras este
esta estes estas esse essa esses essas aquele aquela isso isto ele ela eles elas eu você vocês
nós ao aos à às num numa durante segundo enquanto só ano anos dois pode podem faz sido cada
mesmo mesma embora assim além antes depois bem ainda sempre
""",
"it": """
il lo la i gli le di del dello della dei degli delle un uno una e ed o in nel nello nella nei
negli nelle a al allo alla ai agli alle da dal dallo dalla dai dagli dalle con col su sul sullo
sulla sui sugli sulle per tra fra che chi cui come quando dove se non né più meno molto anche
ma però perché poi già ancora sempre solo è sono era erano stato stata stati essere ha hanno
aveva avere ci si mi ti vi ne lui lei loro io tu noi voi suo sua suoi sue questo questa questi
queste quello quella quelli quelle tutto tutti tutta tutte altro altra altri altre anno anni
due può fa cosa così dopo prima mentre senza secondo oltre dell nell all sull
""",
"nl": """
de het een en van in op te dat die dit deze is zijn was waren wordt worden werd werden met voor
aan door bij naar over uit om tot als maar of ook nog niet geen wel er hij zij ze wij we jij je
u ik hem haar hun ons onze mijn zijn jullie men wat wie waar wanneer hoe waarom dan toen nu al
meer veel zo heel hier daar kan kunnen moet moeten zal zullen zou zouden heeft hebben had
hadden na tussen onder tegen zonder sinds tijdens jaar twee alle iets niets omdat want dus
zoals toch even alleen eigen andere
""",
"pl": """
i w na z do że się nie to jest o jak a od po za dla co jego jej ich ale czy tak już tylko przez
przy są był była było byli być może oraz lub też ten ta te tego tej tym które który która
którzy których gdy gdzie kiedy jako bardzo jeszcze więc bo ze we ku nad pod przed między bez
u aby żeby albo ani nawet sobie mnie mi go ją je nas was im on ona ono oni one my wy ja ty pan
pani roku lat dwa także jednak wszystko wszyscy tu tam teraz potem według około sam
""",
"ru": """
и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее её мне
было вот от меня еще ещё нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был была
были него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо
ней для мы тебя их чем сам чтобы без будто чего раз тоже себе под будет ж тогда кто этот того
потому этого какой совсем ним здесь этом один почти мой тем нее сейчас куда зачем всех никогда
можно при наконец два об другой хоть после над больше тот через эти нас про всего них какая
много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им
более всегда конечно всю между это также года году который которые которая которых
""",
"id": """
yang dan di ke dari ini itu dengan untuk pada dalam tidak akan ada adalah juga atau oleh sebagai
karena sudah telah bisa dapat mereka kami kita saya anda dia ia nya para seperti lebih sangat
hanya saat setelah sebelum antara tersebut masih harus jika bahwa namun tetapi tapi agar supaya
kepada bagi hingga sampai secara serta yaitu yakni pun lagi belum baru semua banyak beberapa
satu dua tahun hari apa siapa mana bagaimana mengapa kapan sini situ sana ketika sedang maka
""",
"sv": """
och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så
kan man när år säger hon under också efter eller nu sin där vid mot ska skulle kommer ut få
finns vara hade alla andra mycket än här då sedan över bara in blir upp även vad två dem du
vilket vilken sina sitt deras hans hennes oss mig dig honom henne denna detta dessa inom utan
mellan genom samt hur varför ingen inget inga många någon något några
""",
"da": """
og i at det som en på er af for med til den har de ikke om et han men var jeg sig fra vi så kan
man når år siger hun under også efter eller nu sin der ved mod skal skulle kommer ud få findes
være havde alle andre meget end her da siden over kun ind bliver op også hvad to dem du
hvilket hvilken sine sit deres hans hendes os mig dig ham hende denne dette disse inden uden
mellem gennem samt hvordan hvorfor ingen intet nogen noget nogle blev været
""",
"no": """
og i å det som en på er av for med til den har de ikke om et han men var jeg seg fra vi så kan
man når år sier hun under også etter eller nå sin der ved mot skal skulle kommer ut få finnes
være hadde alle andre mye enn her da siden over bare inn blir opp hva to dem du hvilket
hvilken sine sitt deres hans hennes oss meg deg ham henne denne dette disse innen uten mellom
gjennom samt hvordan hvorfor ingen noe noen ble vært hvor
""",
"fi": """
ja on ei että se hän oli ovat olla ole mutta kun jos niin kuin tai myös vain jo sen sitä siitä
siinä tämä tämän tätä nämä ne niiden he me te minä sinä mitä mikä kuka joka jotka jonka joita
kanssa mukaan sekä sitten nyt vielä aina enää koska vaikka kuitenkin eli noin yli alle ennen
jälkeen aikana vuonna vuoden hänen heidän meidän teidän minun sinun oma omaa kaikki kaikkea
mitään jotain paljon vähän hyvin siis sekä ollut olivat olisi voi voidaan tulee pitää tässä
siellä täällä missä mihin mistä miksi miten milloin
""",
"tr": """
ve bir bu da de ile için olarak daha çok gibi ama en ne o ki kadar sonra ya veya olan oldu
olduğu değil var yok her şey ben sen biz siz onlar bunu bunun şu şimdi çünkü eğer hem ise
ancak fakat yani sadece kendi kendini üzerinde arasında göre yıl iki ilk tüm bütün nasıl neden
niye hangi kim kimse hiç birlikte yeni büyük önce sonra diye olan olarak ayrıca bile artık
mi mı mu mü bunlar şöyle böyle öyle burada orada nerede niçin kime kimin hepsi bazı birçok çoğu
birkaç herkes hiçbir olduğunu olacak etti ediyor edildi yaptı yapılan dedi söyledi belirtti içinde
üzerine karşı rağmen dolayı beri itibaren doğru tarafından yılında yine hala hâlâ onun ona onu
onlar onların bizim sizin benim senin şey çok az
""",
"cs": """
a v se na je že s z do to o k i jako ale by jsou byl byla bylo byli pro po jeho jejich její
který která které kteří když tak také jen už ještě není nebo ani aby při od za před mezi bez
u ve ze ke co kde jak proč kdo tento tato toto tyto ten ta tu tom tím jsem jsme jste má mají
může mohou bude budou roku let dva již podle než jsou však tedy pak tam zde vše všechno
""",
"ro": """
și în de la a al ale cu pe din pentru că este sunt nu se o un una unei unui ca mai dar sau
care ce cum când unde cine fost fi fie au avea are avut va vor ar lui ei lor el ea ele noi voi
eu tu acest această aceste acești acel acea aceea acum după înainte între prin fără sub peste
foarte doar încă deja tot toate toți despre spre până decât iar însă dacă ani anul doi două
""",
"hu": """
a az és egy hogy nem is van volt meg de csak már még ez ezt azt mint ha vagy el fel ki be le
után alatt között szerint mellett nélkül felé óta miatt által pedig sem mert mivel amely amelyek
aki akik ami amit ahol amikor hogyan miért mi ki mit kit ők mi ti én te ő neki nekem annak ennek
itt ott most majd akkor nagyon lesz lett lehet kell kellett minden sok több két év évben
""",
}

# Second round of hand-written function words for the languages the corpora barely cover.
MORE = {
"cs": """
ale aniž asi až během bez bude budeme budete by byl byla byli bylo byly bych bychom co což
čím další dnes do dokonce dosud ho i jak jakmile jaké jaký její jejich jemu jen jenž ještě
jestli jeho jí jim jimi již jsem jsi jsme jste kam každý kde kdo kdy když ke kolem která
které kteří který kvůli má mají málo mé mezi mi mít mně mnou moc mohl mohla mohou můj může
my na nad nám námi nás náš naše ne něco nějak nejsou někdo několik není nic nich nichž ním
nimi nově o od ode on ona oni ono ony pak po pod podle pokud potom pouze právě pro proč proti
protože před přes při s se si sice své svůj svých svým svými ta tak také takže tam te tě tedy
tento ti tím to tohle toho tohoto tom tomto tomu totiž tu tuto ty tyto u už v vám vás váš
vaše ve více však všechen vy z za zatím zde ze že
""",
"da": """
alle allerede altid andet andre bare begge blev blive bliver da de dem den denne der deres det
dette dig din dine disse dit du efter eller en end endnu er et få fik flere for fordi fra før
god ham han hans har havde have hele hen hende her hos hun hvad hvem hver hvilke hvis hvor
hvordan hvorfor hvornår i igen ikke ind ingen intet jeg jer jo kan kom kommer kun kunne lidt
lige man mange med meget men mens mere mig min mine mit mod måske ned noget nogle nu når og
også om op os over på sammen selv sig sin sine sit skal skulle som stadig så sådan thi til
ud under var ved vi vil ville være været år
""",
"fi": """
ai aina alla ehkä ei eikä emme en enemmän ennen entä eri et ette että heidän heille heitä hän
häneen hänen hänet hänellä häntä ilman itse ja jo joiden joihin joilla joissa joista joita
joka jokainen jolla jolle jolloin jonka jopa jos joskus jossa josta jota jotka kaikki kanssa
kautta keskellä kesken koko kuin kuitenkin kun kuten kyllä lisäksi läpi me meidän meille meitä
melko mikä miksi mille millä minkä minua minulla minun minä missä mistä mitä mukaan mutta muu
muut myös ne niiden niin nyt näin nämä ole olemme olen olet olette oli olimme olin olisi olit
olivat olla olleet ollut on ovat paitsi paljon pian sama se sekä sen siellä siihen siinä siis
silloin sillä sinun sinä sitä sitten suoraan taas tai takia tällä tämä tämän tässä tästä tätä
te teidän tosin tuo tuolla tähän vaan vai vaikka vain varten vielä voi voidaan yhä yli
""",
"hu": """
a abban ahhoz ahogy ahol aki akik akkor alatt által általában amely amelyek amelyet ami amíg
amikor amit amolyan annak arra arról át az azért azok azon azonban azt aztán azután bár be
belül benne csak de e egész egy egyes egyik egyre ekkor el ellen elő először előtt első én
és ez ezek ezen ezért ezt fel felé hanem hát hogy hogyan igen így ill is ismét itt jól kell
kellett keresztül ki kívül között közül le legalább lehet lesz lett maga magát majd már más
másik meg még mellett mert mi miért míg mind mindig minden mint mintha mit mivel most nagy
nagyon ne néha nekem neki nem néhány nélkül nincs olyan ott össze ő ők őket pedig persze rá
s saját sem semmi sok sokat sokkal számára szemben szerint szinte talán tehát teljes tovább
továbbá több úgy újra után utána vagy vagyis vagyok van vannak volna volt voltak voltam
""",
"id": """
ada adalah agak agar akan akhirnya aku amat anda antara apa apabila apakah atas atau bagai
bagaimana bagi bahkan bahwa baik banyak baru beberapa begitu belum benar berada berbagai
bersama beserta betapa biasa bila bisa boleh bukan cukup dalam dan dapat dari daripada demi
dengan di dia dimana dia hal hampir hanya harus hingga ia ialah ini itu jadi jangan jika juga
kalau kami kamu karena ke kecuali kemudian kepada ketika kita lagi lain lalu maka makin masih
melalui memang mereka misalnya mungkin namun nanti oleh pada paling para pernah pula pun saat
saja sama sambil sampai sangat saya se sebab sebagai sebelum sedang sedangkan segala sehingga
sejak sekali selalu selama seluruh semua sementara seperti sering serta setelah setiap siapa
sudah supaya tadi tanpa tapi telah tentang tentu terhadap termasuk tersebut tetapi tidak
untuk walau yaitu yang
""",
"nl": """
aan al alle alleen als altijd andere ben bij daar daarom dan dat de der deze die dit doch doen
door dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun
iemand iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets
nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van veel voor
want waren was wat we wel werd wezen wie wil worden wordt zal ze zei zelf zich zij zijn zo
zonder zou echter enkele ieder iedereen jaar juist later misschien nadat net nooit ofwel
onze sommige steeds terwijl tijdens volgens vooral waarbij waarin waardoor weer welke zoals
""",
"no": """
alle allerede alltid andre at av bare begge ble bli blir da de dem den denne der deres det
dette deg din dine disse ditt du eller en enn er et etter for fordi fra før få gikk god han
hans har hadde ha hele hen henne her hos hun hva hvem hver hvilke hvis hvor hvordan hvorfor
hvorfor i igjen ikke inn ingen jeg jo kan kom kommer kun kunne litt man mange med meg men
mens mer min mine mitt mot mye må måtte ned noe noen nå når og også om opp oss over på
sammen selv seg sin sine sitt skal skulle som så slik til ut under var ved vi vil ville være
vært år ifølge blant både disse etter
""",
"pl": """
aby ale albo ani bardzo bez bo być był była było byli co czy dla do dlaczego dość gdy gdyż
gdzie go i ich im inne inny ja jak jakie jako je jednak jego jej jest jeszcze jeśli już każdy
kiedy kto która które który ku lecz lub ma mają mi między mnie może można mu my na nad nam nas
naszego nasz nawet nic nich nie niej niż no o od oraz po pod podczas ponieważ przed przez przy
również są się sobie sposób ta tak także tam te tego tej ten teraz też to tu tych tylko tym
u w we według więc wszystkie wszystko wtedy z za zawsze ze że żeby było będzie będą został
została zostało kilka wiele swoje swojego swoją jeden jedna jedno
""",
"ro": """
acea aceasta această aceea acei aceia acel acela acest acesta aceste acestea acestei acestor
acum ai aici al ale alt alte altă altor am ar are as asta astfel asupra atât atunci au avea
avem avut azi cam care ce cel cea cele cei ceva chiar cine cînd când cum cu cum da dacă dar
de deci deja deoarece despre din dintre doar după ea ei el ele era este eu fi fie fiecare
fost foarte fără iar ii îi în înainte între însă își la le li lor lui mai mult multe mulți
ne nici niciun nimic noi nostru nu o ori pe pentru peste poate prin până sa să se sub sunt
tot toate toți tu un una unde unei unele uneori unii unor unui va vor
""",
"sv": """
alla allt andra att av blev bli blir bara både de dem den denna deras dess det detta dig din
dina ditt du där då efter eftersom ej eller en er ett fast fick finns flera från för genom
ha hade han hans har hela henne hennes hit hon honom hur här i icke igen ingen inom inte jag
ju kan kommer kunde man med mellan men mig min mina mitt mot mycket ned någon något några nu
när och också om oss på samma sedan sig sin sina sitt ska skulle som så sådan till under upp
ut utan vad var vara varför varit varje vars vem vi vid vilka vilken vilket vår våra vårt än
är även över enligt dock redan
""",
"it": """
abbia abbiamo adesso agli ai al alla alle allo anche ancora avere aveva avevano avuto c'è
certo ci ciò come comunque con contro cosa così cui da dagli dai dal dalla davanti degli dei
del della delle dello dentro di dove dunque durante e ecco era essere fino fra già gli ha hai
hanno ho i il in infatti inoltre invece io la le lei li lo loro lui ma me mentre mi mia mio
molto ne nei nel nella no noi non nostro o ogni oppure per perché però più poco poi proprio
può quale quando quanto quasi quel quella quello questa questo qui se sempre senza si sia
siamo sono sopra sotto sta stato su sua subito sul sulla suo tanto te ti tra tu tutti tutto
un una uno verso voi
""",
"pt": """
acerca agora ainda além algum alguma alguns algumas ali ambos antes ao aos apenas após aqui
as assim até cada com como contra da das de dela dele deles desde do dos e ela elas ele eles
em enquanto entre era essa esse esta está estava este eu foi for foram há isso isto já lhe
mais mas me mesmo meu minha muito na nas nem no nos nossa nosso num numa o onde os ou para
pela pelo pode por porque porém quais qual quando que quem se sem ser seu sua são também
tanto tem tinha toda todo todos tudo um uma vai vez você
""",
"es": """
además ahora algo alguien algún alguna algunas alguno algunos allí ambos ante antes aquí así
aún bajo bien cada casi cierto como con contra cual cuando cuanto de del desde donde durante
e el ella ellas ellos en entonces entre era eran es esa ese eso esta estaba estado están este
esto fue fueron ha había han hasta hay la las le les lo los más me mi mientras mismo mucho muy
nada ni ninguno no nos nosotros nuestra nuestro o otra otro para pero poco por porque pues
que quien se sea según ser si sí siempre sin sino sobre son su sus también tan tanto te tiene
todo todos tras tu un una uno usted y ya
""",
"fr": """
afin ainsi alors après assez au aucun aucune aujourd auprès aussi autant autour autre avant
avec avoir beaucoup bien car ce ceci cela celle celles celui cependant certains ces cet cette
ceux chaque chez comme comment contre dans de depuis des dont du elle elles en encore entre
est et été être eux fait faut font hors ici il ils jamais je jusqu la le les leur lors lorsque
lui mais malgré me même moins mon ne ni non nos notre nous on ont ou où par parce parmi pas
pendant peu peut plus plusieurs pour pourquoi pourtant puis quand que quel quelle quelque qui
quoi sa sans se selon ses si sien son sont sous souvent sur ta tandis tant te tel toujours
tous tout toute toutes très trop un une vers voici voilà vos votre vous
""",
}
for _code, _text in MORE.items():
    SEEDS[_code] += _text
