/// The HTML vocabulary the segmenter and the tag-soup parser share: which elements are void,
/// raw text, block-level, skipped, landmarks, and which structural role they give a block.
enum HTMLElements {
    /// Elements that never have content or an end tag.
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
        "source", "track", "wbr", "basefont", "bgsound", "frame",
    ]

    /// Elements whose content is text up to the matching end tag, never markup.
    static let rawText: Set<String> = [
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    ]

    /// Elements whose start or end cuts the text into separate blocks.
    static let blockLevel: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
        "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul",
    ]

    /// Elements whose content is never article text: document head, code, embedded media and
    /// form controls. `button` is not among them: libxml2 2.9 leaves a button open across block
    /// elements, and on two WCXB pages it swallowed the whole article; its short labels are left
    /// to the classifier.
    static let skipped: Set<String> = [
        "head", "script", "style", "template", "svg", "math", "iframe", "select",
        "textarea", "object", "embed", "canvas", "audio", "video", "title", "noembed",
        "noframes", "datalist",
    ]

    /// Elements whose content a browser with scripts on does not show, but which hold the page
    /// for crawlers on some sites (Discourse forums serve every post inside `<noscript>`): hidden
    /// like the `hidden` attribute, and revealed with it.
    static let shownWithoutScripts: Set<String> = ["noscript"]

    /// Elements that may appear before `<body>` without opening it.
    static let headContent: Set<String> = [
        "title", "meta", "link", "script", "style", "base", "noscript", "template", "head", "html",
    ]

    /// The landmark an element opens, by tag.
    static func landmark(tag: String) -> TextBlock.Landmark? {
        switch tag {
        case "nav": .navigation
        case "header": .header
        case "footer": .footer
        case "aside": .aside
        case "main": .main
        case "article": .article
        case "form": .form
        default: nil
        }
    }

    /// The landmark an ARIA `role` opens.
    static func landmark(role: String) -> TextBlock.Landmark? {
        switch role {
        case "navigation", "menubar", "menu": .navigation
        case "banner": .header
        case "contentinfo": .footer
        case "complementary": .aside
        case "main": .main
        case "article": .article
        case "form", "search": .form
        default: nil
        }
    }

    /// The structural role an element gives the text inside it, with the heading level. A
    /// `figure` makes its text a caption (credits and captions are often plain `p` or `div`).
    /// `p` gives none, so a paragraph inside a list item stays a list item.
    static func kind(tag: String) -> (TextBlock.Kind, Int?)? {
        switch tag {
        case "h1", "h2", "h3", "h4", "h5", "h6": (.heading, tag.last?.wholeNumberValue)
        case "li", "dt", "dd": (.listItem, nil)
        case "blockquote": (.quote, nil)
        case "td", "th": (.tableCell, nil)
        case "pre": (.preformatted, nil)
        case "figcaption", "caption", "figure": (.caption, nil)
        default: nil
        }
    }
}
