#pragma once

#include "core/api/ConnectionCheck.h"
#include "core/presentation/InstanceFormat.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace vzaps::ui {

// The line under "Test connection": a busy bar while the check runs, then its outcome
// as a coloured box whose text says it all (colour is never the only cue).
// The text is in "connectionResultLabel"; the bar is "connectionProgress".
class ConnectionResultView : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionResultView(QWidget *parent = nullptr);

    void showRunning(const QString &text);
    void showOutcome(const ConnectionCheck::Outcome &outcome);
    void showNote(const QString &text); // neutral, e.g. "the test was stopped"
    void clear();

    QString text() const;

private:
    void showText(const QString &text, format::Tone tone);

    QLabel *m_label;
    QProgressBar *m_progress;
};

} // namespace vzaps::ui
