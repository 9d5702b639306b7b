#include "sandbox/DemoData.h"

#include "sandbox/Ids.h"
#include "sandbox/routes/SessionRoutes.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace vzsandbox {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

struct DemoRow {
    const char16_t *name;
    const char16_t *billing;
    bool connected;
    const char16_t *webhook; // empty: none
    const char16_t *events;
    bool pendingCancel;
};

const DemoRow kDemoRows[] = {
    {u"Padaria Pão Quente — Pedidos", u"ACTIVE", true, u"https://hooks.paoquente.com.br/vzaps",
     u"Message,Connected,Disconnected", false},
    {u"Clínica Sorriso Agendamentos", u"ACTIVE", true, u"", u"Message", false},
    {u"Loja Maré Alta", u"TRIALING", false, u"", u"", false},
    {u"Suporte Técnico Norte", u"ACTIVE", true, u"https://api.suportenorte.com/webhooks/whatsapp",
     u"All", false},
    {u"Imobiliária Horizonte", u"PAST_DUE", true, u"", u"Message,ReadReceipt", false},
    {u"Pet Shop Amigo Fiel", u"TRIALING", true, u"", u"", false},
    {u"Escola Aprender+ Secretaria", u"ACTIVE", false, u"https://escola-aprender.edu.br/hooks/vz",
     u"Message,Connected", true},
    {u"Academia Corpo em Movimento", u"CANCELED", false, u"", u"", false},
    {u"Restaurante Sabor Caseiro", u"ACTIVE", true, u"", u"Message,Presence", false},
    {u"Farmácia Vida Plena", u"UNPAID", false, u"", u"", false},
    {u"Oficina Roda Viva", u"INCOMPLETE", false, u"", u"", false},
    {u"Agência Viagem Certa", u"ACTIVE", true, u"https://viagemcerta.tur.br/api/whatsapp",
     u"Message,HistorySync", false},
    {u"Hotel Mirante da Serra", u"TRIALING", false, u"", u"Connected,Disconnected", false},
    {u"Studio Beleza Pura", u"PAUSED", false, u"", u"", false},
    {u"Construtora Alicerce — Vendas", u"CANCELED", false, u"", u"", false},
    {u"Delivery Rápido Express", u"ACTIVE", true, u"http://10.0.0.12:8080/vzaps",
     u"Message,ChatPresence", false},
    {u"Advocacia Lima & Souza", u"TRIALING", false, u"", u"", false},
    {u"Contabilidade Exata", u"INCOMPLETE_EXPIRED", false, u"", u"", false},
    {u"Floricultura Jardim Secreto", u"PAST_DUE", false, u"", u"Message", false},
    {u"Livraria Página Nova", u"ACTIVE", false, u"", u"", false},
    {u"Moda Urbana Outlet", u"UNPAID", false, u"https://modaurbana.shop/hooks/vz", u"Message",
     false},
    {u"Cervejaria Artesanal Lúpulo", u"INCOMPLETE", true, u"", u"", false},
    {u"Ótica Visão Clara", u"CANCELED", false, u"", u"", false},
    {u"Laboratório Bio Análises", u"TRIALING", true, u"",
     u"GroupParticipantsAdd,GroupParticipantsRemove", false},
};

InstanceRecord baseRecord(const QString &name, qint64 createdAt)
{
    InstanceRecord record;
    record.id = ids::instanceId();
    record.token = ids::instanceToken();
    record.name = name;
    record.createdAt = createdAt;
    record.updatedAt = createdAt;
    return record;
}

// Fills the billing dates a record in `status` would have.
void setBilling(InstanceRecord &record, const QString &status, qint64 now, int salt)
{
    record.billingStatus = status;
    if (status == u"TRIALING"_s || status == u"INCOMPLETE"_s) {
        record.expiredAt = std::max(record.createdAt + 14 * kDayMs, now + (salt % 13 + 1) * kDayMs);
    } else if (status == u"ACTIVE"_s || status == u"PAUSED"_s) {
        record.subscriptionId = ids::subscriptionId();
        record.expiredAt = now + (salt % 29 + 1) * kDayMs;
    } else if (status == u"PAST_DUE"_s || status == u"UNPAID"_s) {
        record.subscriptionId = ids::subscriptionId();
        record.expiredAt = now - (salt % 9 + 1) * kDayMs;
    } else { // CANCELED, INCOMPLETE_EXPIRED
        record.expiredAt = now - (salt % 40 + 2) * kDayMs;
    }
}

} // namespace

QList<InstanceRecord> demoInstances(qint64 nowMs)
{
    QList<InstanceRecord> records;
    int index = 0;
    for (const DemoRow &row : kDemoRows) {
        const qint64 createdAt = nowMs - (120 - index * 5) * kDayMs + index * 3600 * 1000;
        InstanceRecord record = baseRecord(QString::fromUtf16(row.name), createdAt);
        setBilling(record, QString::fromUtf16(row.billing), nowMs, index * 7);
        record.webhook = QString::fromUtf16(row.webhook);
        record.events = QString::fromUtf16(row.events).split(u',', Qt::SkipEmptyParts);
        record.rejectCalls = index % 4 == 1;
        record.autoReadMessages = index % 5 == 2;
        if (index % 6 == 0) {
            record.labels = {{u"team"_s, index % 12 == 0 ? u"sales"_s : u"support"_s},
                             {u"region"_s, u"BR"_s}};
            record.hasLabels = true;
        }
        if (row.connected)
            pairInstance(record, {}, {});
        if (row.pendingCancel)
            record.cancelAt = record.expiredAt;
        record.updatedAt = std::max(createdAt, nowMs - index * 3600 * 1000);
        if (row.connected)
            record.connectedAt = record.updatedAt;
        records.append(record);
        ++index;
    }
    return records;
}

QList<InstanceRecord> generatedInstances(int count, qint64 nowMs)
{
    static const QStringList kinds{u"Loja"_s,     u"Clínica"_s,  u"Padaria"_s, u"Oficina"_s,
                                   u"Studio"_s,   u"Mercado"_s,  u"Escola"_s,  u"Agência"_s,
                                   u"Farmácia"_s, u"Pet Shop"_s, u"Hotel"_s,   u"Restaurante"_s};
    static const QStringList places{u"Central"_s,   u"Aurora"_s,    u"Bela Vista"_s,
                                    u"Horizonte"_s, u"Primavera"_s, u"Estrela"_s,
                                    u"Nova Era"_s,  u"do Bairro"_s, u"Atlântico"_s};
    auto *random = QRandomGenerator::global();
    QList<InstanceRecord> records;
    records.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString name =
            u"%1 %2 %3"_s
                .arg(kinds.at(i % kinds.size()), places.at((i / kinds.size()) % places.size()))
                .arg(i + 1, 5, 10, QChar(u'0'));
        const qint64 createdAt = nowMs - qint64(random->bounded(365 * 24)) * 3600 * 1000;
        InstanceRecord record = baseRecord(name, createdAt);
        setBilling(record, billingStatuses().at(int(random->bounded(quint32(8)))), nowMs, i);
        if (random->bounded(3) != 0)
            pairInstance(record, {}, {});
        record.createdAt = createdAt;
        record.updatedAt = createdAt;
        if (i % 4 == 0) {
            record.webhook = u"https://hooks.example.com/vzaps/%1"_s.arg(i + 1);
            record.events = {u"Message"_s, u"Connected"_s};
        }
        records.append(record);
    }
    return records;
}

} // namespace vzsandbox
