#include "sandbox/state/TextKeys.h"

namespace vzsandbox::textkeys {

QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        plain.append(c);
    }
    return plain.toCaseFolded();
}

QString nameSortKey(const QString &name)
{
    // U+0001 sorts before every printable character: a shorter name still comes first.
    return folded(name) + QChar(0x1) + name.toCaseFolded();
}

} // namespace vzsandbox::textkeys
