#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace vzaps {
class BulkRun;
}

namespace vzaps::ui {

// The results of a bulk run, kept up to date from the run's signals: a
// progress line ("3 of 7 done, 1 failed") with a bar, one row per instance (name,
// outcome as text on a coloured badge, HTTP status, short message), the whole message
// of the current row below them, and "Retry failed", enabled only when some failed and
// none is running.
class BulkResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit BulkResultsView(BulkRun *run, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

private:
    enum Column { NameColumn, OutcomeColumn, HttpColumn, MessageColumn, ColumnCount };

    void showItem(int index);
    void showProgress();
    void showDetails();
    void onFinished();
    // The whole message of an item, with its request id and instance id.
    QString detailsOf(int index) const;

    BulkRun *m_run;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QTreeWidget *m_tree;
    QLabel *m_details;
    QPushButton *m_retry;
};

} // namespace vzaps::ui
