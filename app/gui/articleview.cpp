#include "articleview.h"

#include "graphstyle.h"
#include "text/textfolder.h"

#include <QTextBlock>
#include <QTextCursor>

#include <algorithm>

namespace Guanxi {

namespace {

const QString entityScheme = QStringLiteral("entity");

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() && c.script() != QChar::Script_Han;
}

bool isLatinName(const QString &name)
{
    return std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x80 && c.isLetter(); });
}

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setObjectName(QStringLiteral("articleView"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == entityScheme)
            Q_EMIT entityClicked(url.path());
    });
}

QList<ArticleView::Mention> ArticleView::findMentions(const QString &text, const QList<Entity> &entities)
{
    struct Name
    {
        QString folded;
        QString key;
        bool isLatin = false;
    };
    QList<Name> names;
    for (const Entity &entity : entities) {
        for (const QString &name : entity.allNames()) {
            const QString folded = TextFolder::fold(name.trimmed()).toCaseFolded();
            if (folded.size() >= 2)
                names.append({folded, entity.key, isLatinName(folded)});
        }
    }
    // Longest first, so "埃隆·马斯克" wins over "马斯克" inside it.
    std::stable_sort(names.begin(), names.end(), [](const Name &a, const Name &b) { return a.folded.size() > b.folded.size(); });

    // Folding keeps length, so offsets into it are offsets into the text.
    // toCaseFolded may change length for rare letters (ß); then fall back to the folded form alone.
    QString haystack = TextFolder::fold(text);
    const QString caseFolded = haystack.toCaseFolded();
    if (caseFolded.size() == haystack.size())
        haystack = caseFolded;
    QList<bool> taken(text.size(), false);
    QList<Mention> found;
    for (const Name &name : std::as_const(names)) {
        for (qsizetype at = haystack.indexOf(name.folded); at >= 0; at = haystack.indexOf(name.folded, at + 1)) {
            const qsizetype end = at + name.folded.size();
            if (name.isLatin) {
                if ((at > 0 && isWordChar(haystack[at - 1])) || (end < haystack.size() && isWordChar(haystack[end])))
                    continue;
            }
            if (std::any_of(taken.cbegin() + at, taken.cbegin() + end, [](bool t) { return t; }))
                continue;
            std::fill(taken.begin() + at, taken.begin() + end, true);
            found.append({at, name.folded.size(), name.key});
        }
    }
    std::sort(found.begin(), found.end(), [](const Mention &a, const Mention &b) { return a.start < b.start; });
    return found;
}

void ArticleView::setArticle(const QString &text, const QList<Entity> &entities)
{
    m_mentions = findMentions(text, entities);
    m_spanStart = m_spanEnd = -1;
    setExtraSelections({});
    clear();
    // Plain text inserted piece by piece: one position per UTF-16 unit, so
    // offsets need no mapping. A carriage return becomes a space for the same reason.
    QString plain = text;
    plain.replace(QLatin1Char('\r'), QLatin1Char(' '));
    QTextCursor cursor(document());
    QTextCharFormat normal;
    qsizetype at = 0;
    QHash<QString, GraphStyle::NodeStyle> styles;
    for (const Entity &entity : entities)
        styles.insert(entity.key, GraphStyle::standard().nodeStyle(entity.type, entity.kind));
    for (const Mention &mention : std::as_const(m_mentions)) {
        cursor.insertText(plain.mid(at, mention.start - at), normal);
        QTextCharFormat link;
        link.setAnchor(true);
        link.setAnchorHref(entityScheme + QLatin1Char(':') + mention.key);
        // The node's own colours: the fill behind the name, the border under it.
        const GraphStyle::NodeStyle style = styles.value(mention.key);
        link.setBackground(style.fill.isValid() ? style.fill : QColor(0xFFE08A));
        link.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        link.setUnderlineColor(style.border.isValid() ? style.border : QColor(0x886600));
        link.setToolTip(tr("Click to select this entity in the graph"));
        cursor.insertText(plain.mid(mention.start, mention.length), link);
        at = mention.start + mention.length;
    }
    cursor.insertText(plain.mid(at), normal);
    moveCursor(QTextCursor::Start);
}

bool ArticleView::showSpan(qsizetype start, qsizetype end)
{
    const int length = document()->characterCount() - 1;  // without the final paragraph separator
    if (start < 0 || end <= start || end > length)
        return false;
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(document());
    selection.cursor.setPosition(int(start));
    selection.cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    selection.format.setBackground(QColor(0xFFD54F));
    selection.format.setFontWeight(QFont::DemiBold);
    setExtraSelections({selection});
    m_spanStart = start;
    m_spanEnd = end;
    // Scroll so the sentence's end, then its start, is visible.
    QTextCursor scroll(document());
    scroll.setPosition(int(end));
    setTextCursor(scroll);
    ensureCursorVisible();
    scroll.setPosition(int(start));
    setTextCursor(scroll);
    ensureCursorVisible();
    return true;
}

QString ArticleView::shownSpanText() const
{
    if (m_spanStart < 0)
        return {};
    QTextCursor cursor(document());
    cursor.setPosition(int(m_spanStart));
    cursor.setPosition(int(m_spanEnd), QTextCursor::KeepAnchor);
    // QTextCursor writes paragraph breaks as U+2029; give back the text's own newline.
    return cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
}

} // namespace Guanxi
