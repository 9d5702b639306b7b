#include "core/presentation/DisplayText.h"

using namespace Qt::StringLiterals;

namespace vzaps::display {

QString cut(const QString &text, qsizetype maxChars)
{
    qsizetype end = qMin(text.size(), maxChars);
    qsizetype lines = 1;
    for (qsizetype i = 0; i < end; ++i) {
        if (text.at(i) == u'\n' && ++lines > kMaxShownLines) {
            end = i;
            break;
        }
    }
    if (end == text.size())
        return text;
    if (end > 0 && text.at(end - 1).isHighSurrogate())
        --end;
    return text.left(end) + u'…';
}

QString toolTip(const QString &plain)
{
    if (plain.isEmpty())
        return {};
    const QString shown = cut(plain, kMaxToolTipChars);
    // Qt takes a tooltip for rich text only on a tag or an entity: without '<' and '&' it
    // stays plain text as it is.
    if (!shown.contains(u'<') && !shown.contains(u'&'))
        return shown;
    QString escaped = shown.toHtmlEscaped();
    escaped.replace(u'\n', "<br>"_L1);
    // "<qt>" makes Qt take it as rich text, whose every tag and entity we escaped.
    return "<qt>"_L1 + escaped + "</qt>"_L1;
}

} // namespace vzaps::display
