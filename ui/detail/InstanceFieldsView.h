#pragma once

#include "core/types/Instance.h"

#include <QUrl>
#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vzaps::ui {

class ChipLabel;
class FlowLayout;
class TokenField;

// The known fields of an instance (docs/api-contract.md §4.1) as a readable form: name as the
// title, id with Copy, badges, the masked token, the web URL as a link, events and labels as chips,
// Yes/No flags and times (relative, exact in the tooltip).
class InstanceFieldsView : public QWidget
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxChipChars = 60; // chips do not wrap
    static constexpr qsizetype kMaxIdChars = 200;  // ids are about 30
    static constexpr qsizetype kMaxUrlChars = 8192;
    explicit InstanceFieldsView(QWidget *parent = nullptr);

    // Another id masks the token again; the same id keeps what the user revealed.
    void setInstance(const Instance &instance);
    // Forgets the instance (nothing selected): the token is masked again whatever comes next.
    void clear();
    // The session may know better than the instance row (e.g. just paired).
    void setConnected(std::optional<bool> connected);
    void refreshTimes();
    // A button beside the title (the watch toggle).
    void addTitleTool(QWidget *tool);

Q_SIGNALS:
    void message(const QString &text);
    void openUrl(const QUrl &url);

private:
    QLabel *addValueRow(const QString &label, const QString &objectName,
                        const QString &accessibleName);
    QWidget *addChipRow(const QString &label, const QString &objectName,
                        const QString &accessibleName, FlowLayout **flow);
    static void setValue(QLabel *value, const QString &text, const QString &emptyText);
    void setChips(FlowLayout *flow, const QStringList &texts, const QString &chipName);
    void setTime(QLabel *value, const QDateTime &when);
    void copy(const QString &text, const QString &what);

    Instance m_instance;
    QLabel *m_title;
    QHBoxLayout *m_titleRow;
    QFormLayout *m_form;
    QLineEdit *m_id;
    QPushButton *m_copyId;
    QLabel *m_status;
    ChipLabel *m_connection;
    ChipLabel *m_billing;
    TokenField *m_token;
    QLabel *m_webUrl;
    QPushButton *m_copyWebUrl;
    QLabel *m_webhook;
    FlowLayout *m_events = nullptr;
    QWidget *m_eventsBox;
    QLabel *m_rejectCalls;
    QLabel *m_autoRead;
    FlowLayout *m_labels = nullptr;
    QWidget *m_labelsBox;
    QLabel *m_created;
    QLabel *m_updated;
    QLabel *m_cancelAt;
    QLabel *m_expires;
};

} // namespace vzaps::ui
