#pragma once

#include "core/types/ApiError.h"

#include <QFrame>
#include <QWidget>

class QLabel;
class QPushButton;

// The pages the instance list shows instead of the table: loading, empty, and an
// error on the first load (later errors keep the rows, with a banner).
namespace vzaps::ui {

class LoadingPage : public QWidget
{
    Q_OBJECT
public:
    explicit LoadingPage(QWidget *parent = nullptr);
};

class EmptyPage : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyPage(QWidget *parent = nullptr);
    // Says why there is nothing: no instances at all, none for this search, none in the
    // states of the status filter; and that every field was searched, when it was.
    void setSearch(const QString &search, bool allFields = false, bool statusFilterOn = false);

Q_SIGNALS:
    void clearSearchRequested();

private:
    QLabel *m_title;
    QLabel *m_hint;
    QPushButton *m_clearSearch;
};

class ErrorPage : public QWidget
{
    Q_OBJECT
public:
    explicit ErrorPage(QWidget *parent = nullptr);
    void setError(const ApiError &error);

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_title;
    QLabel *m_text;
};

// Above the table when a refresh failed but older rows are still shown: what went wrong
// and a Retry button.
class StaleBanner : public QFrame
{
    Q_OBJECT
public:
    explicit StaleBanner(QWidget *parent = nullptr);
    void setError(const ApiError &error);

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_text;
};

} // namespace vzaps::ui
