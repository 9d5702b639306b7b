#pragma once

#include <QWidget>

class QLabel;

namespace vzaps::ui {

// What the window shows with no credentials (or when the sandbox would not start):
// how to provide credentials, and a button that starts the sandbox instead.
class SetupPage : public QWidget
{
    Q_OBJECT
public:
    explicit SetupPage(QWidget *parent = nullptr);

    // A problem to show above the instructions; empty hides it.
    void setProblem(const QString &problem);

Q_SIGNALS:
    void sandboxRequested();
    void signInRequested();

private:
    QLabel *m_problem;
};

} // namespace vzaps::ui
