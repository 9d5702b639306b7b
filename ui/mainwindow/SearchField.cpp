#include "ui/mainwindow/SearchField.h"

#include <QKeyEvent>

namespace vzaps::ui {

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
{}

QList<ShortcutEntry> SearchField::keyHelp()
{
    const QString group = tr("In the search field");
    return {
        {group, tr("Move to the results"), {QKeySequence(Qt::Key_Down)}},
        {group, tr("Show the first match's details"), {QKeySequence(Qt::Key_Enter)}},
        {group, tr("Clear the search, then leave the field"), {QKeySequence(Qt::Key_Escape)}},
    };
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    // Only the bare keys: Shift+Down and the like keep their editing meaning.
    const bool bare = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (bare) {
        switch (event->key()) {
        case Qt::Key_Down:
            event->accept();
            return Q_EMIT resultsRequested();
        case Qt::Key_Return:
        case Qt::Key_Enter:
            event->accept();
            return Q_EMIT firstResultRequested();
        case Qt::Key_Escape:
            event->accept();
            if (text().isEmpty())
                return Q_EMIT leaveRequested();
            // As typed away: an undo brings the text back.
            selectAll();
            del();
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace vzaps::ui
