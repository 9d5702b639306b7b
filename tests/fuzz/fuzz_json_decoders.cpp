// Fuzz target: every JSON decoder of the core's value types, on whatever a server may send.
// Decoding must never crash, never hang and never read past what it was given; every
// decoded value is used (formatted, compared) so lazily held data is touched too.
#include "core/presentation/InstanceFormat.h"
#include "core/types/AccessToken.h"
#include "core/types/Billing.h"
#include "core/types/Instance.h"
#include "core/types/InstancePage.h"
#include "core/types/JsonFields.h"
#include "core/types/Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace vzaps;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const QJsonValue body =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const QJsonObject object = json::unwrapEnvelope(body).toObject();

    const Instance instance = Instance::fromJson(object);
    (void)format::billingLabel(instance.billingStatus);
    (void)format::connectionLabel(instance.connected);
    (void)instance.unknownFieldNames();
    const InstancePage page = InstancePage::fromJson(object);
    for (const Instance &row : page.content)
        (void)row.id.size();
    for (const SummaryCounter &counter : page.summary)
        (void)(counter.key.size() + counter.value.size());
    (void)AccessToken::fromJson(object);
    (void)BillingSession::fromJson(object);
    (void)CancelResult::fromJson(object);
    (void)ActionResult::fromJson(object).details.size();
    (void)SessionStatus::fromJson(object);
    (void)SessionQr::fromJson(object).imageBytes();
    (void)PairingCode::fromJson(object);
    return 0;
}
