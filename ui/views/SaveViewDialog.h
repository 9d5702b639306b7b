#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace vzaps {
class SavedViews;
}

namespace vzaps::ui {

// View ▸ Save view…: asks for the name of the view to save. OK stays disabled, and says why,
// while the name cannot be used; a name already taken says that saving replaces that view.
class SaveViewDialog : public QDialog
{
    Q_OBJECT
public:
    SaveViewDialog(const SavedViews &views, const QString &suggestedName, QWidget *parent);

    QString name() const;

private:
    void validate();

    const SavedViews &m_views;
    QLineEdit *m_name;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace vzaps::ui
