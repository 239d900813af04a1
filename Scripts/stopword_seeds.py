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
