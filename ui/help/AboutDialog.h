#pragma once

#include <QDialog>
#include <QUrl>

namespace vzaps::ui {

// Help ▸ About VZaps Desk: the version and build date, the Qt version, the license and the
// links. A link goes through `linkActivated` (the caller opens it through the browser
// hand-off, which checks where it leads).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The facts shown, one per line, as plain text (for tests and for Copy).
    QString facts() const { return m_facts; }

Q_SIGNALS:
    void linkActivated(const QUrl &url);

private:
    QString m_facts;
};

} // namespace vzaps::ui
