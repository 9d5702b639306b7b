#pragma once

#include "core/types/Instance.h"
#include "core/types/InstanceInput.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLineEdit;

namespace vzaps::ui {

// The fields of an instance that create and edit share (docs/api-contract.md §2): name,
// webhook, the events to subscribe to, reject calls, auto-read and labels ("team=sales,
// region=BR", see LabelsText.h). The events picker
// offers the §5 names; "All" excludes the others (checking it clears and disables
// them, unchecking it brings back what was checked before).
class InstanceForm : public QWidget
{
    Q_OBJECT
public:
    explicit InstanceForm(QWidget *parent = nullptr);

    // Adds a read-only first row with the id of the instance being edited.
    void showInstanceId(const QString &id);

    // Fills every field from `instance` (unknown event names are left out).
    void setInstance(const Instance &instance);

    QString name() const;       // trimmed
    QString webhook() const;    // trimmed; empty means none
    QStringList events() const; // in the §5 order; just "All" when All is checked
    bool rejectCalls() const;
    bool autoReadMessages() const;
    QJsonObject labels() const; // as typed; empty while the text is not labels (problem())

    // What create would send: the values above, as the request builder sees them.
    NewInstance newInstance() const;

    // The first reason the input cannot be sent as a new instance, in plain words;
    // empty when it is valid. The same check the request builder makes.
    QString problem() const;
    // Why the labels as typed are not labels; empty when they are.
    QString labelsProblem() const;

    void setEvents(const QStringList &events);

    // Where typing starts when the form opens.
    QWidget *nameField() const { return m_name; }

Q_SIGNALS:
    // Any field was edited, by the user or by setInstance().
    void changed();

private:
    QWidget *createEventsPicker();
    void onAllToggled(bool checked);
    QStringList checkedEvents() const; // the boxes other than All that are checked

    QFormLayout *m_layout = nullptr;
    QLineEdit *m_name;
    QLineEdit *m_webhook;
    QCheckBox *m_all = nullptr;
    QHash<QString, QCheckBox *> m_eventChecks; // every §5 name but All
    QStringList m_beforeAll; // the selection All replaced, restored when All is unchecked
    QCheckBox *m_rejectCalls;
    QCheckBox *m_autoRead;
    QLineEdit *m_labels;
    QJsonObject m_originalLabels; // the edited instance's, whose non-string values are kept
};

} // namespace vzaps::ui
