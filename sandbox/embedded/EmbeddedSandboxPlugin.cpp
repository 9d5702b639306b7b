// The vzaps_desk_sandbox plugin: SandboxServer behind the EmbeddedSandbox interface.
#include "sandbox/EmbeddedSandbox.h"
#include "sandbox/SandboxServer.h"

#include <QtGlobal>

#include <type_traits>

namespace {

class PluginSandbox final : public vzsandbox::EmbeddedSandbox
{
public:
    explicit PluginSandbox(const vzsandbox::SandboxOptions &options)
        : m_server(options)
    {}

    bool start() override { return m_server.start(); }
    bool isRunning() const override { return m_server.isRunning(); }
    QString errorString() const override { return m_server.errorString(); }
    QUrl baseUrl() const override { return m_server.baseUrl(); }
    QString clientToken() const override { return m_server.clientToken(); }
    QString clientSecret() const override { return m_server.clientSecret(); }

private:
    vzsandbox::SandboxServer m_server;
};

} // namespace

extern "C" Q_DECL_EXPORT vzsandbox::EmbeddedSandbox *
vzaps_create_embedded_sandbox_v1(const vzsandbox::SandboxOptions &options)
{
    // Matches CreateEmbeddedSandbox; checked at compile time here, where both are seen.
    static_assert(std::is_same_v<decltype(&vzaps_create_embedded_sandbox_v1),
                                 vzsandbox::CreateEmbeddedSandbox>);
    return new PluginSandbox(options);
}
