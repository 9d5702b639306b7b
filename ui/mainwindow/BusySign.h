#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

class QProgressBar;
class QWidget;

namespace vzaps {
class InstanceListController;
}

namespace vzaps::ui {

// Whether the list is visibly busy: a request for what the table shows that has taken longer
// than kDelay shows a thin moving line over the table (line()) and a sentence for the status
// bar (text()); a quicker one shows nothing, so a fast network never flickers. While the rows
// on screen are an earlier search's, rowsAreOutdated() says so (the window greys them and the
// summary says what is being searched for), so they are never taken for the result.
class BusySign : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDelay{300};

    BusySign(const InstanceListController &controller, QObject *parent);

    // A strip of fixed height for the layout, with the moving line in it while shown.
    QWidget *line() const { return m_strip; }
    bool isShown() const { return m_shown; }
    bool rowsAreOutdated() const;
    // "Searching for “pet”…", "Loading…"; empty while not shown.
    QString text() const;

    void setDelay(std::chrono::milliseconds delay) { m_delay.setInterval(delay); }

Q_SIGNALS:
    void changed();

private:
    void update();

    const InstanceListController &m_controller;
    QTimer m_delay;
    QWidget *m_strip;
    QProgressBar *m_line;
    bool m_shown = false;
};

} // namespace vzaps::ui
