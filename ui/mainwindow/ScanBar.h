#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace vzaps {
class InstanceListController;
}

namespace vzaps::ui {

// Above the table while a status filter is on: how the reading of the whole account goes
// ("Reading the account: 4,200 of 10,024…" with a progress bar and Stop), then what it found
// and how old it is ("1,257 of 10,024 match · read 2 min ago" with Read again), or why it
// stopped. Hidden without a filter.
class ScanBar : public QWidget
{
    Q_OBJECT
public:
    explicit ScanBar(InstanceListController &controller, QWidget *parent = nullptr);

    // Says it again (the age moves on; the window's clock calls it).
    void refresh();

private:
    InstanceListController &m_controller;
    QLabel *m_text;
    QProgressBar *m_progress;
    QPushButton *m_stop;
    QPushButton *m_again;
};

} // namespace vzaps::ui
