#pragma once

// The detail panel on a fresh in-process sandbox, for the detail panel tests: the demo
// instances, the panel, and helpers to reach its parts. Pairing happens only through
// the control surface, so each test decides when. The panel reads the instances from an
// InstanceStore, as in the window.
#include "core/presentation/InstanceStore.h"
#include "core/presentation/SessionWatcher.h"
#include "tests/support/SandboxFixture.h"
#include "ui/detail/DetailPanel.h"

#include <QLabel>

#include <memory>

namespace vzaps::test {

class DetailPanelFixture
{
protected:
    // Empty when everything is ready; otherwise what went wrong.
    QString setUpPanel()
    {
        using namespace Qt::StringLiterals;
        m_sandbox = std::make_unique<SandboxFixture>();
        if (!m_sandbox->started)
            return u"the sandbox did not start: "_s + m_sandbox->server->errorString();
        if (!m_sandbox->control("POST", u"/_sandbox/config"_s, {{u"pair_after_polls"_s, 0}}).ok())
            return u"the sandbox refused its configuration"_s;
        m_instances = m_sandbox->instances();
        if (padaria().id.isEmpty() || loja().id.isEmpty())
            return u"the demo instances are missing"_s;
        m_store = std::make_unique<InstanceStore>();
        m_store->mergeAll(m_instances, m_store->nextTicket());
        m_panel = std::make_unique<ui::DetailPanel>(*m_sandbox->client);
        m_panel->setStore(m_store.get());
        m_panel->resize(460, 900);
        m_panel->setQrPollInterval(std::chrono::milliseconds(100));
        return {};
    }

    void tearDownPanel()
    {
        m_panel.reset();
        m_store.reset();
        m_sandbox.reset();
    }

    Instance named(const QString &name) const
    {
        for (const Instance &instance : m_instances) {
            if (instance.name == name)
                return instance;
        }
        return {};
    }

    template<typename T = QLabel>
    T *child(const QString &name) const
    {
        return m_panel->findChild<T *>(name);
    }

    SessionWatcher *watcher() const
    {
        return m_panel->findChild<SessionWatcher *>(QStringLiteral("sessionWatcher"));
    }

    // Connected demo instance with a webhook, three events and labels.
    Instance padaria() const { return named(QStringLiteral("Padaria Pão Quente — Pedidos")); }
    // Disconnected, TRIALING.
    Instance loja() const { return named(QStringLiteral("Loja Maré Alta")); }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<InstanceStore> m_store;
    std::unique_ptr<ui::DetailPanel> m_panel;
    QList<Instance> m_instances;
};

} // namespace vzaps::test
