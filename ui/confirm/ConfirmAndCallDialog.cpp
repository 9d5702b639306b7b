#include "ui/confirm/ConfirmAndCallDialog.h"

#include "core/actions/ActionRecord.h"
#include "ui/confirm/ConfirmParts.h"

#include <QVBoxLayout>

namespace vzaps::ui {

ConfirmAndCallDialog::ConfirmAndCallDialog(const QString &objectName, const Texts &texts,
                                           const Instance &instance, Call call, QWidget *parent)
    : ActionDialog(objectName, texts.title, parent)
    , m_texts(texts)
    , m_instance(instance)
    , m_call(std::move(call))
{
    contentLayout()->addWidget(confirm::questionLabel(texts.question));
    setOkText(texts.okText);
    setBusyText(texts.busyText);
}

QPointer<ApiCall> ConfirmAndCallDialog::submit()
{
    return m_call(this, [this](const Result<ActionResult> &result) {
        if (!result) {
            record(ActionRecord::of(m_texts.logName, m_instance, result));
            return showFailure(result.error());
        }
        const QString text = confirm::actionResultText(m_texts.resultLead, result.value());
        record(ActionRecord::of(m_texts.logName, m_instance, result, text));
        showResult(text);
        if (!m_texts.factsAfterSuccess.isEmpty())
            Q_EMIT instanceLearned(m_instance.id, m_texts.factsAfterSuccess);
        Q_EMIT instanceChanged(m_instance.id);
    });
}

} // namespace vzaps::ui
