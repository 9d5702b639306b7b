<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>BulkOperations</name>
    <message>
        <source>Restart requested.</source>
        <translation>Reinício solicitado.</translation>
    </message>
    <message>
        <source>Restart requested. Status: %1.</source>
        <translation>Reinício solicitado. Status: %1.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Excluída.</translation>
    </message>
    <message>
        <source>Already deleted.</source>
        <translation>Já estava excluída.</translation>
    </message>
    <message>
        <source>Cancellation accepted.</source>
        <translation>Cancelamento aceito.</translation>
    </message>
    <message>
        <source>The server could not be reached (%1).</source>
        <translation>Não foi possível falar com o servidor (%1).</translation>
    </message>
    <message>
        <source>No answer in time.</source>
        <translation>Sem resposta a tempo.</translation>
    </message>
    <message>
        <source>The reply could not be read (%1).</source>
        <translation>Não foi possível ler a resposta (%1).</translation>
    </message>
    <message>
        <source>%1 Try again in %2 s.</source>
        <translation>%1 Tente de novo em %2 s.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation>Cancelar assinatura</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Descartar o que você digitou?</translation>
    </message>
    <message>
        <source>Closing this window loses what you typed in it.</source>
        <translation>Se você fechar esta janela, o que digitou nela será perdido.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuar editando</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuar editando</translation>
    </message>
</context>
<context>
    <name>vzaps</name>
    <message>
        <source>Succeeded</source>
        <translation>Sucesso</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falha</translation>
    </message>
    <message>
        <source>“%1” is already canceled.</source>
        <translation>“%1” já está cancelada.</translation>
    </message>
    <message>
        <source>“%1” is already set to cancel on %2.</source>
        <translation>“%1” já está programada para cancelar em %2.</translation>
    </message>
    <message>
        <source>“%1” is subscribed until its cancellation; resume it instead.</source>
        <translation>“%1” tem assinatura ativa até o cancelamento programado; retome a assinatura em vez de assinar de novo.</translation>
    </message>
    <message>
        <source>“%1” already has an active subscription.</source>
        <translation>“%1” já tem uma assinatura ativa.</translation>
    </message>
    <message>
        <source>“%1” has no scheduled cancellation to undo.</source>
        <translation>“%1” não tem cancelamento programado para desfazer.</translation>
    </message>
    <message>
        <source>“%1” is not connected to WhatsApp.</source>
        <translation>“%1” não está conectada ao WhatsApp.</translation>
    </message>
    <message>
        <source>Select an instance first.</source>
        <translation>Selecione uma instância primeiro.</translation>
    </message>
    <message numerus="yes">
        <source>Works on one instance at a time; %n are selected.</source>
        <translation>
            <numerusform>Funciona em uma instância por vez; %n está selecionada.</numerusform>
            <numerusform>Funciona em uma instância por vez; %n estão selecionadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the %1 selected instances can take this action. %2</source>
        <translation>Nenhuma das %1 instâncias selecionadas aceita esta ação. %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(an address that is not a URL)</source>
        <translation>(um endereço que não é uma URL)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>webhook</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <source>reject calls</source>
        <translation>rejeitar chamadas</translation>
    </message>
    <message>
        <source>auto-read messages</source>
        <translation>ler mensagens automaticamente</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>get an access token</source>
        <translation>obter um token de acesso</translation>
    </message>
    <message>
        <source>no client token and client secret are set</source>
        <translation>o token e o segredo do cliente não foram definidos</translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation>o servidor não deu motivo</translation>
    </message>
    <message>
        <source>a redirect without a target</source>
        <translation>um redirecionamento sem destino</translation>
    </message>
    <message>
        <source>a redirect to %1, not followed</source>
        <translation>um redirecionamento para %1, não seguido</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>era esperado um objeto JSON</translation>
    </message>
    <message>
        <source>The phone number must have 8 to 15 digits with the country code, like 5511912345678.</source>
        <translation>O telefone precisa ter de 8 a 15 dígitos com o código do país, como 5511912345678.</translation>
    </message>
    <message>
        <source>the reply holds no access token</source>
        <translation>a resposta não traz token de acesso</translation>
    </message>
    <message>
        <source>the access token has no lifetime</source>
        <translation>o token de acesso não tem validade</translation>
    </message>
    <message>
        <source>Write each label as key=value, like team=sales (“%1” is not).</source>
        <translation>Escreva cada etiqueta como chave=valor, como equipe=vendas (“%1” não está assim).</translation>
    </message>
    <message>
        <source>The label “%1” is given twice.</source>
        <translation>A etiqueta “%1” aparece duas vezes.</translation>
    </message>
    <message>
        <source>“%1” is connected to WhatsApp already.</source>
        <translation>“%1” já está conectada ao WhatsApp.</translation>
    </message>
    <message>
        <source>“%1” is canceled or expired, so it cannot be paired.</source>
        <translation>“%1” está cancelada ou expirada, por isso não pode ser pareada.</translation>
    </message>
</context>
<context>
    <name>vzaps::ActionLog</name>
    <message>
        <source>Actions are kept in memory and saved once the file is free.</source>
        <translation>As ações ficam na memória e são salvas assim que o arquivo for liberado.</translation>
    </message>
    <message>
        <source>This session&apos;s actions are kept in memory only.</source>
        <translation>As ações desta sessão ficam só na memória.</translation>
    </message>
    <message>
        <source>Actions are kept in memory and saved at the next try.</source>
        <translation>As ações ficam na memória e são salvas na próxima tentativa.</translation>
    </message>
</context>
<context>
    <name>vzaps::ActionLogModel</name>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>%1
ID: %2</source>
        <translation>%1
ID: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instância</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>ID da requisição</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>vzaps::ActionLogStore</name>
    <message>
        <source>The folder %1 for the action log cannot be created.</source>
        <translation>Não foi possível criar a pasta %1 do registro de ações.</translation>
    </message>
    <message>
        <source>The action log cannot be saved: Qt&apos;s SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>O registro de ações não pode ser salvo: o driver SQLite do Qt não está instalado (pacote Debian libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The action log %1 was written by a newer version of VZaps Desk; it is left as it is.</source>
        <translation>O registro de ações %1 foi gravado por uma versão mais nova do VZaps Desk; ele fica como está.</translation>
    </message>
    <message>
        <source>%1 is not an action log; it is left as it is. Move it aside to start a new log.</source>
        <translation>%1 não é um registro de ações; ele fica como está. Mova-o para outro lugar para começar um registro novo.</translation>
    </message>
    <message>
        <source>The action log %1 is not open.</source>
        <translation>O registro de ações %1 não está aberto.</translation>
    </message>
    <message>
        <source>The action log %1 is locked by another program (%2).</source>
        <translation>O registro de ações %1 está bloqueado por outro programa (%2).</translation>
    </message>
    <message>
        <source>The action log %1 is damaged or is not an action log (%2); it is left as it is. Move it aside to start a new log.</source>
        <translation>O registro de ações %1 está danificado ou não é um registro de ações (%2); ele fica como está. Mova-o para outro lugar para começar um registro novo.</translation>
    </message>
    <message>
        <source>The action log %1 cannot be used (%2).</source>
        <translation>O registro de ações %1 não pode ser usado (%2).</translation>
    </message>
</context>
<context>
    <name>vzaps::ApiCall</name>
    <message>
        <source>%1 MiB announced; a reply may have at most %2 MiB</source>
        <translation>%1 MiB anunciados; uma resposta pode ter no máximo %2 MiB</translation>
    </message>
    <message>
        <source>more than %1 MiB, the most a reply may have</source>
        <translation>mais de %1 MiB, o máximo que uma resposta pode ter</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>JSON inválido no byte %1: %2</translation>
    </message>
    <message>
        <source>no complete answer within %1</source>
        <translation>nenhuma resposta completa em %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>vzaps::ApiClient</name>
    <message>
        <source>send %1 %2</source>
        <translation>enviar %1 %2</translation>
    </message>
    <message>
        <source>an HTTP method is needed</source>
        <translation>é preciso um método HTTP</translation>
    </message>
    <message>
        <source>give a path relative to the base URL, not a full URL</source>
        <translation>informe um caminho relativo à URL base, não uma URL completa</translation>
    </message>
</context>
<context>
    <name>vzaps::ApiError</name>
    <message>
        <source>The request failed</source>
        <translation>A requisição falhou</translation>
    </message>
    <message>
        <source>Could not %1</source>
        <translation>Não foi possível %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: the server could not be reached (%2).</source>
        <translation>%1: não foi possível falar com o servidor (%2).</translation>
    </message>
    <message>
        <source>%1: the server did not answer in time (%2).</source>
        <translation>%1: o servidor não respondeu a tempo (%2).</translation>
    </message>
    <message>
        <source>%1: not authorized (%2): %3. Check the client token and secret.</source>
        <translation>%1: não autorizado (%2): %3. Confira o token e o segredo do cliente.</translation>
    </message>
    <message>
        <source>%1: not authorized: %2. Check the client token and secret.</source>
        <translation>%1: não autorizado: %2. Confira o token e o segredo do cliente.</translation>
    </message>
    <message>
        <source>%1: too many requests (%2): %3.</source>
        <translation>%1: requisições demais (%2): %3.</translation>
    </message>
    <message>
        <source>Try again in %1 s.</source>
        <translation>Tente de novo em %1 s.</translation>
    </message>
    <message>
        <source>%1: the server answered %2: %3.</source>
        <translation>%1: o servidor respondeu %2: %3.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s reply could not be read (%2).</source>
        <translation>%1: não foi possível ler a resposta do servidor (%2).</translation>
    </message>
    <message>
        <source>%1: the server answered %2, a redirect without a usable target, which was not followed (the VZaps API does not redirect). Check the server address.</source>
        <translation>%1: o servidor respondeu %2, um redirecionamento sem destino utilizável, que não foi seguido (a API da VZaps não redireciona). Confira o endereço do servidor.</translation>
    </message>
    <message>
        <source>%1: the server answered %2, asking for the request to go to %3 instead; it was not followed. Use the https:// address: %4.</source>
        <translation>%1: o servidor respondeu %2, pedindo que a requisição fosse para %3; isso não foi seguido. Use o endereço https://: %4.</translation>
    </message>
    <message>
        <source>%1: the server answered %2, asking for the request to go to %3 instead; it was not followed, so nothing was sent there (the VZaps API does not redirect). Check the server address.</source>
        <translation>%1: o servidor respondeu %2, pedindo que a requisição fosse para %3; isso não foi seguido, então nada foi enviado para lá (a API da VZaps não redireciona). Confira o endereço do servidor.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s reply is too large (%2), so it was not read.</source>
        <translation>%1: a resposta do servidor é grande demais (%2), por isso não foi lida.</translation>
    </message>
    <message>
        <source>Request id: %1.</source>
        <translation>ID da requisição: %1.</translation>
    </message>
</context>
<context>
    <name>vzaps::BulkRun</name>
    <message>
        <source>The request could not be sent.</source>
        <translation>Não foi possível enviar a requisição.</translation>
    </message>
</context>
<context>
    <name>vzaps::ConnectionCheck</name>
    <message>
        <source>Signed in: 1 instance.</source>
        <translation>Login feito: 1 instância.</translation>
    </message>
    <message>
        <source>Signed in: %1 instances.</source>
        <translation>Login feito: %1 instâncias.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>connection refused (nothing answers on that port)</source>
        <translation>conexão recusada (nada responde nessa porta)</translation>
    </message>
    <message>
        <source>no such host name</source>
        <translation>esse nome de servidor não existe</translation>
    </message>
    <message>
        <source>the connection was closed before an answer came</source>
        <translation>a conexão foi fechada antes de chegar a resposta</translation>
    </message>
    <message>
        <source>the network is down</source>
        <translation>a rede está fora do ar</translation>
    </message>
    <message>
        <source>Enter the complete server address, such as %1.</source>
        <translation>Informe o endereço completo do servidor, como %1.</translation>
    </message>
    <message>
        <source>The server address must not have a query (?…) or fragment (#…).</source>
        <translation>O endereço do servidor não pode ter consulta (?…) nem fragmento (#…).</translation>
    </message>
    <message>
        <source>Use https:// for %1: over http:// the client secret would cross the network unencrypted (http:// is allowed only on this computer, for the sandbox).</source>
        <translation>Use https:// para %1: por http:// o segredo do cliente passaria pela rede sem criptografia (http:// só é aceito neste computador, para o sandbox).</translation>
    </message>
    <message>
        <source>The server address must start with https:// (&quot;%1:&quot; is not a web address).</source>
        <translation>O endereço do servidor precisa começar com https:// (&quot;%1:&quot; não é um endereço web).</translation>
    </message>
    <message>
        <source>No answer from %1 within %2.</source>
        <translation>Sem resposta de %1 em %2.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted: %2. Nothing was sent; check the address, or ask whoever runs the server.</source>
        <translation>O certificado TLS de %1 não é confiável: %2. Nada foi enviado; confira o endereço ou fale com quem administra o servidor.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be set up, so nothing was sent. Does the server speak https:// on that port? (%2)</source>
        <translation>Não foi possível estabelecer uma conexão segura (TLS) com %1, então nada foi enviado. O servidor usa https:// nessa porta? (%2)</translation>
    </message>
    <message>
        <source>Could not reach %1: %2.</source>
        <translation>Não foi possível acessar %1: %2.</translation>
    </message>
    <message>
        <source>The server signed in but refused to list the instances (%1). Check the account&apos;s permissions.</source>
        <translation>O servidor aceitou o login, mas se recusou a listar as instâncias (%1). Confira as permissões da conta.</translation>
    </message>
    <message>
        <source>The server refused the client token or secret (%1). Check both and try again.</source>
        <translation>O servidor recusou o token ou o segredo do cliente (%1). Confira os dois e tente de novo.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in, but not the way the VZaps API does (%2). Check the server address.</source>
        <translation>%1 respondeu ao login, mas não como a API da VZaps responde (%2). Confira o endereço do servidor.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, a redirect without a target. The VZaps API does not redirect: check the server address.</source>
        <translation>%1 respondeu HTTP %2, um redirecionamento sem destino. A API da VZaps não redireciona: confira o endereço do servidor.</translation>
    </message>
    <message>
        <source>%1 asks for http:// requests to go to %2 instead; that was not followed. Use the https:// address: %3.</source>
        <translation>%1 pede que as requisições http:// vão para %2; isso não foi seguido. Use o endereço https://: %3.</translation>
    </message>
    <message>
        <source>%1 signed in, then asked for the list request to go to %2 instead (HTTP %3). That was not followed, so nothing was sent there: the VZaps API does not redirect. Check the server address.</source>
        <translation>%1 aceitou o login e depois pediu que a listagem fosse para %2 (HTTP %3). Isso não foi seguido, então nada foi enviado para lá: a API da VZaps não redireciona. Confira o endereço do servidor.</translation>
    </message>
    <message>
        <source>%1 asked for the sign-in to go to %2 instead (HTTP %3). That was not followed, so nothing was sent there: the VZaps API does not redirect. Check the server address.</source>
        <translation>%1 pediu que o login fosse para %2 (HTTP %3). Isso não foi seguido, então nada foi enviado para lá: a API da VZaps não redireciona. Confira o endereço do servidor.</translation>
    </message>
    <message>
        <source>%1 answered with a reply far larger than the VZaps API sends (%2). Check the server address.</source>
        <translation>%1 respondeu com algo muito maior do que a API da VZaps envia (%2). Confira o endereço do servidor.</translation>
    </message>
    <message>
        <source>%1 answered, but not the way the VZaps API does (%2). Check the server address.</source>
        <translation>%1 respondeu, mas não como a API da VZaps responde (%2). Confira o endereço do servidor.</translation>
    </message>
    <message>
        <source>The server at %1 has a problem (%2). Try again later.</source>
        <translation>O servidor em %1 está com problema (%2). Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>There is no VZaps API at this address (%1 answered HTTP 404). Check the server address.</source>
        <translation>Não há API da VZaps neste endereço (%1 respondeu HTTP 404). Confira o endereço do servidor.</translation>
    </message>
    <message>
        <source>%1 turned the request down (%2).</source>
        <translation>%1 recusou a requisição (%2).</translation>
    </message>
    <message>
        <source>%1 is receiving too many requests; try again in %2 s.</source>
        <translation>%1 está recebendo requisições demais; tente de novo em %2 s.</translation>
    </message>
    <message>
        <source>%1 is receiving too many requests; try again later.</source>
        <translation>%1 está recebendo requisições demais; tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>Request id: %1.</source>
        <translation>ID da requisição: %1.</translation>
    </message>
</context>
<context>
    <name>vzaps::ConnectionNotices</name>
    <message>
        <source>“%1” connected</source>
        <translation>“%1” conectou</translation>
    </message>
    <message>
        <source>Its WhatsApp session is connected.</source>
        <translation>A sessão do WhatsApp está conectada.</translation>
    </message>
    <message>
        <source>Its WhatsApp session is connected as %1.</source>
        <translation>A sessão do WhatsApp está conectada como %1.</translation>
    </message>
    <message>
        <source>“%1” disconnected</source>
        <translation>“%1” desconectou</translation>
    </message>
    <message>
        <source>Its WhatsApp session is no longer connected.</source>
        <translation>A sessão do WhatsApp não está mais conectada.</translation>
    </message>
    <message numerus="yes">
        <source>%n watched instances connected</source>
        <translation>
            <numerusform>%n instância acompanhada conectou</numerusform>
            <numerusform>%n instâncias acompanhadas conectaram</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n watched instances disconnected</source>
        <translation>
            <numerusform>%n instância acompanhada desconectou</numerusform>
            <numerusform>%n instâncias acompanhadas desconectaram</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 e mais %n</numerusform>
            <numerusform>%1 e mais %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vzaps::FallbackSecretStore</name>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <source>Your system keychain is not available (%1); secrets you enter are kept only until VZaps Desk quits.</source>
        <translation>O chaveiro do sistema não está disponível (%1); os segredos que você digitar ficam guardados só até o VZaps Desk fechar.</translation>
    </message>
</context>
<context>
    <name>vzaps::InstanceListController</name>
    <message>
        <source>0 of %1</source>
        <translation>0 de %1</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 de %3</translation>
    </message>
    <message>
        <source>1 instance</source>
        <translation>1 instância</translation>
    </message>
    <message>
        <source>%1 instances</source>
        <translation>%1 instâncias</translation>
    </message>
    <message numerus="yes">
        <source>%1 connected</source>
        <translation>
            <numerusform>%1 conectada</numerusform>
            <numerusform>%1 conectadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 disconnected</source>
        <translation>
            <numerusform>%1 desconectada</numerusform>
            <numerusform>%1 desconectadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 matching</source>
        <translation>
            <numerusform>%1 resultado</numerusform>
            <numerusform>%1 resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vzaps::InstanceTableModel</name>
    <message>
        <source>Connected as %1</source>
        <translation>Conectada como %1</translation>
    </message>
    <message>
        <source>Billing status: %1</source>
        <translation>Status de cobrança: %1</translation>
    </message>
    <message>
        <source>Cancels on %1</source>
        <translation>Cancela em %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Cobrança</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizada</translation>
    </message>
    <message>
        <source>Cancels at</source>
        <translation>Cancela em</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <source>WhatsApp name</source>
        <translation>Nome no WhatsApp</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
</context>
<context>
    <name>vzaps::InstancesApi</name>
    <message>
        <source>create instance &quot;%1&quot;</source>
        <translation>criar a instância &quot;%1&quot;</translation>
    </message>
    <message>
        <source>list instances</source>
        <translation>listar as instâncias</translation>
    </message>
    <message>
        <source>get instance %1</source>
        <translation>obter a instância %1</translation>
    </message>
    <message>
        <source>update instance %1</source>
        <translation>atualizar a instância %1</translation>
    </message>
    <message>
        <source>restart instance %1</source>
        <translation>reiniciar a instância %1</translation>
    </message>
    <message>
        <source>delete instance %1</source>
        <translation>excluir a instância %1</translation>
    </message>
    <message>
        <source>subscribe instance %1</source>
        <translation>assinar a instância %1</translation>
    </message>
    <message>
        <source>resume the subscription of instance %1</source>
        <translation>retomar a assinatura da instância %1</translation>
    </message>
    <message>
        <source>cancel the subscription of instance %1</source>
        <translation>cancelar a assinatura da instância %1</translation>
    </message>
</context>
<context>
    <name>vzaps::KeychainSecretStore</name>
    <message>
        <source>the system keychain reported an error</source>
        <translation>o chaveiro do sistema informou um erro</translation>
    </message>
    <message>
        <source>the system keychain did not answer within %1 seconds</source>
        <translation>o chaveiro do sistema não respondeu em %1 segundos</translation>
    </message>
</context>
<context>
    <name>vzaps::LiveUpdates</name>
    <message>
        <source>Polling every %1 s</source>
        <translation>Consultando a cada %1 s</translation>
    </message>
    <message>
        <source>Not live; F5 refreshes</source>
        <translation>Sem atualizações ao vivo; F5 atualiza</translation>
    </message>
    <message numerus="yes">
        <source>Live · %n watched</source>
        <translation>
            <numerusform>Ao vivo · %n acompanhada</numerusform>
            <numerusform>Ao vivo · %n acompanhadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting in %1 s</source>
        <translation>Reconectando em %1 s</translation>
    </message>
    <message>
        <source>Live updates refused; polling every %1 s</source>
        <translation>Atualizações ao vivo recusadas; consultando a cada %1 s</translation>
    </message>
    <message>
        <source>Live updates refused; F5 refreshes</source>
        <translation>Atualizações ao vivo recusadas; F5 atualiza</translation>
    </message>
    <message>
        <source>Connecting live updates…</source>
        <translation>Conectando às atualizações ao vivo…</translation>
    </message>
</context>
<context>
    <name>vzaps::MemorySecretStore</name>
    <message>
        <source>No secret is stored for this profile.</source>
        <translation>Nenhum segredo está guardado para este perfil.</translation>
    </message>
</context>
<context>
    <name>vzaps::ProfileStore</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Dê um nome ao perfil.</translation>
    </message>
    <message>
        <source>The profile name is too long (at most %1 characters).</source>
        <translation>O nome do perfil é longo demais (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>The profile name cannot contain line breaks or other control characters.</source>
        <translation>O nome do perfil não pode ter quebras de linha nem outros caracteres de controle.</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;; choose another name.</source>
        <translation>Já existe um perfil chamado &quot;%1&quot;; escolha outro nome.</translation>
    </message>
    <message>
        <source>base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>realtime address</source>
        <translation>endereço de tempo real</translation>
    </message>
    <message>
        <source>Give the account&apos;s client token.</source>
        <translation>Informe o token do cliente da conta.</translation>
    </message>
    <message>
        <source>The client token cannot contain spaces or control characters.</source>
        <translation>O token do cliente não pode ter espaços nem caracteres de controle.</translation>
    </message>
    <message>
        <source>A profile id cannot contain &quot;/&quot;.</source>
        <translation>O ID de um perfil não pode ter &quot;/&quot;.</translation>
    </message>
    <message>
        <source>This profile is already saved; change it with update().</source>
        <translation>Este perfil já está salvo; altere-o com update().</translation>
    </message>
    <message>
        <source>This profile no longer exists; it may have been removed meanwhile.</source>
        <translation>Este perfil não existe mais; talvez tenha sido removido nesse meio-tempo.</translation>
    </message>
    <message>
        <source>Could not save the profile to %1; check that the file and its folder can be written.</source>
        <translation>Não foi possível salvar o perfil em %1; confira se o arquivo e a pasta dele podem ser gravados.</translation>
    </message>
</context>
<context>
    <name>vzaps::ProxySettings</name>
    <message>
        <source>Enter the host name of the proxy.</source>
        <translation>Informe o nome do servidor do proxy.</translation>
    </message>
    <message>
        <source>Enter only the host name of the proxy, without http:// or socks5://.</source>
        <translation>Informe só o nome do servidor do proxy, sem http:// nem socks5://.</translation>
    </message>
    <message>
        <source>The proxy host name cannot contain spaces or slashes.</source>
        <translation>O nome do servidor do proxy não pode ter espaços nem barras.</translation>
    </message>
    <message>
        <source>Enter the port of the proxy (1 to %1).</source>
        <translation>Informe a porta do proxy (1 a %1).</translation>
    </message>
</context>
<context>
    <name>vzaps::SavedViews</name>
    <message>
        <source>All instances</source>
        <translation>Todas as instâncias</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Precisam de atenção</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Acompanhadas</translation>
    </message>
    <message>
        <source>Cancels soon</source>
        <translation>Cancelam em breve</translation>
    </message>
    <message>
        <source>Give the view a name.</source>
        <translation>Dê um nome à visão.</translation>
    </message>
    <message numerus="yes">
        <source>The name can have at most %n characters.</source>
        <translation>
            <numerusform>O nome pode ter no máximo %n caractere.</numerusform>
            <numerusform>O nome pode ter no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is a built-in view; choose another name.</source>
        <translation>“%1” é uma visão própria do app; escolha outro nome.</translation>
    </message>
</context>
<context>
    <name>vzaps::SessionApi</name>
    <message>
        <source>get the session status of instance %1</source>
        <translation>obter o status da sessão da instância %1</translation>
    </message>
    <message>
        <source>get the pairing QR code of instance %1</source>
        <translation>obter o QR code de pareamento da instância %1</translation>
    </message>
    <message>
        <source>get a pairing code for instance %1</source>
        <translation>obter um código de pareamento para a instância %1</translation>
    </message>
    <message>
        <source>disconnect the WhatsApp session of instance %1</source>
        <translation>desconectar a sessão do WhatsApp da instância %1</translation>
    </message>
</context>
<context>
    <name>vzaps::ViewReader</name>
    <message>
        <source>export the view</source>
        <translation>exportar a visão</translation>
    </message>
    <message>
        <source>The view changed or its reading was stopped before it ended.</source>
        <translation>A visão mudou ou a leitura dela foi interrompida antes do fim.</translation>
    </message>
</context>
<context>
    <name>vzaps::desk</name>
    <message>
        <source>Manage VZaps WhatsApp API instances: find them, see whether they are connected and paid, and open them in the VZaps web app.

Accounts are saved profiles (the client secret in the system keychain); the last one used opens. For scripts, VZAPS_CLIENT_TOKEN and VZAPS_CLIENT_SECRET (and optionally VZAPS_BASE_URL) in the environment are used instead when no --profile is given.</source>
        <translation>Gerencie instâncias da API de WhatsApp da VZaps: encontre-as, veja se estão conectadas e pagas e abra-as no app web da VZaps.

As contas são perfis salvos (o segredo do cliente fica no chaveiro do sistema); a última usada é aberta. Para scripts, VZAPS_CLIENT_TOKEN e VZAPS_CLIENT_SECRET (e, opcionalmente, VZAPS_BASE_URL) no ambiente são usados no lugar quando não se passa --profile.</translation>
    </message>
    <message>
        <source>Start a local sandbox with demo data inside the app and sign in to it. Needs no account and no internet.</source>
        <translation>Inicia um sandbox local com dados de demonstração dentro do app e entra nele. Não precisa de conta nem de internet.</translation>
    </message>
    <message>
        <source>The VZaps API to talk to this time (default: the profile&apos;s, else %1); not saved.</source>
        <translation>A API da VZaps a usar desta vez (padrão: a do perfil, senão %1); não é salva.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sign in with the saved account NAME.</source>
        <translation>Entra com a conta salva NOME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;. See --help.</source>
        <translation>Argumento inesperado &apos;%1&apos;. Veja --help.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable base URL: give an http:// or https:// address, e.g. %2.</source>
        <translation>&apos;%1&apos; não é uma URL base utilizável: informe um endereço http:// ou https://, por exemplo %2.</translation>
    </message>
    <message>
        <source>VZaps Desk</source>
        <translation>VZaps Desk</translation>
    </message>
    <message>
        <source>%1 could not be used (%2)</source>
        <translation>%1 não pôde ser usado (%2)</translation>
    </message>
    <message>
        <source>its plugin %1 is missing; looked in %2.</source>
        <translation>falta o plugin %1; procurado em %2.</translation>
    </message>
    <message>
        <source>its plugin made no sandbox.</source>
        <translation>o plugin não criou nenhum sandbox.</translation>
    </message>
    <message>
        <source>vzaps-desk is already running; its window was brought to the front.</source>
        <translation>O vzaps-desk já está aberto; a janela dele foi trazida para a frente.</translation>
    </message>
    <message>
        <source>The running window keeps its own server and account: --base-url and the VZAPS_* variables apply only when vzaps-desk starts.</source>
        <translation>A janela aberta mantém o servidor e a conta dela: --base-url e as variáveis VZAPS_* só valem quando o vzaps-desk é iniciado.</translation>
    </message>
    <message>
        <source>vzaps-desk is already running but did not answer; bring its window up yourself, or quit it and start vzaps-desk again.</source>
        <translation>O vzaps-desk já está aberto, mas não respondeu; traga a janela dele para a frente ou feche-o e inicie o vzaps-desk de novo.</translation>
    </message>
</context>
<context>
    <name>vzaps::desk::AccountController</name>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;onta</translation>
    </message>
    <message>
        <source>There is no saved account called “%1”.</source>
        <translation>Não há conta salva chamada “%1”.</translation>
    </message>
    <message>
        <source>The client secret of “%1” is not saved here; enter it again.</source>
        <translation>O segredo do cliente de “%1” não está salvo aqui; digite-o de novo.</translation>
    </message>
    <message>
        <source>The client secret of “%1” could not be read: %2</source>
        <translation>Não foi possível ler o segredo do cliente de “%1”: %2</translation>
    </message>
    <message>
        <source>The client secret of “%1” was not saved: %2</source>
        <translation>O segredo do cliente de “%1” não foi salvo: %2</translation>
    </message>
    <message>
        <source>“%1” was removed, but its secret could not be deleted from the keychain: %2</source>
        <translation>“%1” foi removida, mas o segredo dela não pôde ser excluído do chaveiro: %2</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Remover conta</translation>
    </message>
    <message>
        <source>Remove “%1” from VZaps Desk? Its client secret is deleted from the keychain; the account itself is not touched.</source>
        <translation>Remover “%1” do VZaps Desk? O segredo do cliente é excluído do chaveiro; a conta em si não é alterada.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Reset sandbox data</source>
        <translation>Redefinir dados do sandbox</translation>
    </message>
    <message>
        <source>Start the sandbox again from its demo data? Every instance created, changed or deleted in it since is lost. The action log keeps its entries.</source>
        <translation>Recomeçar o sandbox com os dados de demonstração? Toda instância criada, alterada ou excluída nele desde então se perde. O registro de ações mantém as entradas.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Redefinir</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Adicionar conta…</translation>
    </message>
    <message>
        <source>The sandbox is not a saved account.</source>
        <translation>O sandbox não é uma conta salva.</translation>
    </message>
    <message>
        <source>No saved account is in use.</source>
        <translation>Nenhuma conta salva está em uso.</translation>
    </message>
    <message>
        <source>&amp;Edit this account…</source>
        <translation>&amp;Editar esta conta…</translation>
    </message>
    <message>
        <source>Change the name, address or credentials</source>
        <translation>Alterar o nome, o endereço ou as credenciais</translation>
    </message>
    <message>
        <source>&amp;Remove this account</source>
        <translation>&amp;Remover esta conta</translation>
    </message>
    <message>
        <source>Forget this account and its secret</source>
        <translation>Esquecer esta conta e o segredo dela</translation>
    </message>
    <message>
        <source>Use the &amp;sandbox</source>
        <translation>Usar o &amp;sandbox</translation>
    </message>
    <message>
        <source>Reset sandbox &amp;data…</source>
        <translation>Redefinir &amp;dados do sandbox…</translation>
    </message>
    <message>
        <source>Start the sandbox again from its demo data</source>
        <translation>Recomeçar o sandbox com os dados de demonstração</translation>
    </message>
    <message>
        <source>The sandbox is not in use.</source>
        <translation>O sandbox não está em uso.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Not switched to “%1”: a dialog has unsaved input. Close it, then choose the account in the account menu.</source>
        <translation>A conta não foi trocada para “%1”: uma janela tem dados não salvos. Feche-a e escolha a conta no menu de contas.</translation>
    </message>
</context>
<context>
    <name>vzaps::desk::DeskSession</name>
    <message>
        <source>Sandbox demo account</source>
        <translation>Conta de demonstração do sandbox</translation>
    </message>
    <message>
        <source>The sandbox starts again from its demo data.</source>
        <translation>O sandbox recomeça com os dados de demonstração.</translation>
    </message>
    <message>
        <source>no data folder could be made</source>
        <translation>não foi possível criar uma pasta de dados</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>O sandbox não pôde iniciar: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start: no temporary directory (%1).</source>
        <translation>O sandbox não pôde iniciar: sem pasta temporária (%1).</translation>
    </message>
    <message>
        <source>The sandbox&apos;s saved data could not be used (%1): this run starts from fresh demo data, which is not kept.</source>
        <translation>Os dados salvos do sandbox não puderam ser usados (%1): esta execução começa com dados de demonstração novos, que não são guardados.</translation>
    </message>
    <message>
        <source>Not switched to the sandbox: a dialog has unsaved input. Close it, then choose Use the sandbox in the account menu.</source>
        <translation>A conta não foi trocada para o sandbox: uma janela tem dados não salvos. Feche-a e escolha Usar o sandbox no menu de contas.</translation>
    </message>
</context>
<context>
    <name>vzaps::format</name>
    <message>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Trialing</source>
        <translation>Em teste</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Em atraso</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incompleta</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Não paga</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Incomplete, expired</source>
        <translation>Incompleta, expirada</translation>
    </message>
    <message>
        <source>No billing</source>
        <translation>Sem cobrança</translation>
    </message>
    <message>
        <source>%1 · cancels %2</source>
        <translation>%1 · cancela em %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectada</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%1 active</source>
        <translation>
            <numerusform>%1 ativa</numerusform>
            <numerusform>%1 ativas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 trialing</source>
        <translation>
            <numerusform>%1 em teste</numerusform>
            <numerusform>%1 em teste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 past due</source>
        <translation>
            <numerusform>%1 em atraso</numerusform>
            <numerusform>%1 em atraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 incomplete</source>
        <translation>
            <numerusform>%1 incompleta</numerusform>
            <numerusform>%1 incompletas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 paused</source>
        <translation>
            <numerusform>%1 pausada</numerusform>
            <numerusform>%1 pausadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 unpaid</source>
        <translation>
            <numerusform>%1 não paga</numerusform>
            <numerusform>%1 não pagas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 canceled</source>
        <translation>
            <numerusform>%1 cancelada</numerusform>
            <numerusform>%1 canceladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 incomplete, expired</source>
        <translation>
            <numerusform>%1 incompleta, expirada</numerusform>
            <numerusform>%1 incompletas, expiradas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>há %1 min</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>em %1 min</translation>
    </message>
    <message>
        <source>%1 hour ago</source>
        <translation>há %1 hora</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>há %1 horas</translation>
    </message>
    <message>
        <source>in %1 hour</source>
        <translation>em %1 hora</translation>
    </message>
    <message>
        <source>in %1 hours</source>
        <translation>em %1 horas</translation>
    </message>
    <message>
        <source>%1 day ago</source>
        <translation>há %1 dia</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>há %1 dias</translation>
    </message>
    <message>
        <source>in %1 day</source>
        <translation>em %1 dia</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>em %1 dias</translation>
    </message>
    <message>
        <source>%1 month ago</source>
        <translation>há %1 mês</translation>
    </message>
    <message>
        <source>%1 months ago</source>
        <translation>há %1 meses</translation>
    </message>
    <message>
        <source>in %1 month</source>
        <translation>em %1 mês</translation>
    </message>
    <message>
        <source>in %1 months</source>
        <translation>em %1 meses</translation>
    </message>
    <message>
        <source>%1 year ago</source>
        <translation>há %1 ano</translation>
    </message>
    <message>
        <source>%1 years ago</source>
        <translation>há %1 anos</translation>
    </message>
    <message>
        <source>in %1 year</source>
        <translation>em %1 ano</translation>
    </message>
    <message>
        <source>in %1 years</source>
        <translation>em %1 anos</translation>
    </message>
</context>
<context>
    <name>vzaps::notify::FreedesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
</context>
<context>
    <name>vzaps::realtime::InstanceEventSocket</name>
    <message>
        <source>the realtime server did not answer</source>
        <translation>o servidor de tempo real não respondeu</translation>
    </message>
    <message>
        <source>the realtime server stopped answering</source>
        <translation>o servidor de tempo real parou de responder</translation>
    </message>
    <message>
        <source>no credentials for the realtime server</source>
        <translation>sem credenciais para o servidor de tempo real</translation>
    </message>
    <message>
        <source>the realtime connection closed</source>
        <translation>a conexão de tempo real foi fechada</translation>
    </message>
</context>
<context>
    <name>vzaps::ui</name>
    <message>
        <source>Clear text</source>
        <translation>Limpar o texto</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::AboutDialog</name>
    <message>
        <source>About VZaps Desk</source>
        <translation>Sobre o VZaps Desk</translation>
    </message>
    <message>
        <source>VZaps Desk icon</source>
        <translation>Ícone do VZaps Desk</translation>
    </message>
    <message>
        <source>VZaps Desk</source>
        <translation>VZaps Desk</translation>
    </message>
    <message>
        <source>Version %1, built on %2</source>
        <translation>Versão %1, compilada em %2</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (compilado com o Qt %2)</translation>
    </message>
    <message>
        <source>Released under the MIT License.</source>
        <translation>Distribuído sob a Licença MIT.</translation>
    </message>
    <message>
        <source>The desktop tool for support staff who manage VZaps WhatsApp API instances.</source>
        <translation>A ferramenta de desktop para a equipe de suporte que gerencia instâncias da API do WhatsApp da VZaps.</translation>
    </message>
    <message>
        <source>vzaps.com</source>
        <translation>vzaps.com</translation>
    </message>
    <message>
        <source>API documentation</source>
        <translation>Documentação da API</translation>
    </message>
    <message>
        <source>Links: vzaps.com, API documentation</source>
        <translation>Links: vzaps.com, documentação da API</translation>
    </message>
    <message>
        <source>A teal tile with a white speech bubble and three status rows</source>
        <translation>Um quadrado verde-azulado com um balão de conversa branco e três linhas de status</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::ActionDialog</name>
    <message>
        <source>Why OK is disabled</source>
        <translation>Por que o OK está desativado</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>O que deu errado</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Processando…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Andamento</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botões da caixa de diálogo</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Waiting for the server to answer.</source>
        <translation>Aguardando a resposta do servidor.</translation>
    </message>
    <message>
        <source>Done; nothing more to send.</source>
        <translation>Concluído; nada mais a enviar.</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::ActionLogHost</name>
    <message>
        <source>Action &amp;log</source>
        <translation>Registro de &amp;ações</translation>
    </message>
    <message>
        <source>Action log</source>
        <translation>Registro de ações</translation>
    </message>
    <message>
        <source>Show or hide the log of actions taken (Ctrl+L)</source>
        <translation>Mostra ou oculta o registro das ações realizadas (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Export action log…</source>
        <translation>&amp;Exportar registro de ações…</translation>
    </message>
    <message>
        <source>Export action log</source>
        <translation>Exportar registro de ações</translation>
    </message>
    <message>
        <source>Save the action log as a CSV file for a spreadsheet</source>
        <translation>Salvar o registro de ações como arquivo CSV para planilha</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::Avatar</name>
    <message>
        <source>Profile picture</source>
        <translation>Foto do perfil</translation>
    </message>
    <message>
        <source>No profile picture; initials of %1</source>
        <translation>Sem foto do perfil; iniciais de %1</translation>
    </message>
    <message>
        <source>Profile picture of %1</source>
        <translation>Foto do perfil de %1</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::BrowserHandOff</name>
    <message>
        <source>No web browser could be opened for %1. The link is copied: paste it into a browser.</source>
        <translation>Nenhum navegador pôde ser aberto para %1. O link foi copiado: cole-o em um navegador.</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::BulkActionDialog</name>
    <message>
        <source>Delete instances</source>
        <translation>Excluir instâncias</translation>
    </message>
    <message>
        <source>Cancel subscriptions</source>
        <translation>Cancelar assinaturas</translation>
    </message>
    <message>
        <source>Restart instances</source>
        <translation>Reiniciar instâncias</translation>
    </message>
    <message>
        <source>Batch changed</source>
        <translation>Lote alterado</translation>
    </message>
    <message>
        <source>The selected instances changed while this was open; the batch now has 1 instance.</source>
        <translation>As instâncias selecionadas mudaram enquanto isto estava aberto; o lote agora tem 1 instância.</translation>
    </message>
    <message numerus="yes">
        <source>The selected instances changed while this was open; the batch now has %n instances.</source>
        <translation>
            <numerusform>As instâncias selecionadas mudaram enquanto isto estava aberto; o lote agora tem %n instância.</numerusform>
            <numerusform>As instâncias selecionadas mudaram enquanto isto estava aberto; o lote agora tem %n instâncias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this instance?</source>
        <translation>Excluir esta instância?</translation>
    </message>
    <message>
        <source>Delete these %1 instances?</source>
        <translation>Excluir estas %1 instâncias?</translation>
    </message>
    <message>
        <source>This cannot be undone: their WhatsApp sessions end, their webhooks stop and their tokens stop working.</source>
        <translation>Isto não pode ser desfeito: as sessões do WhatsApp terminam, os webhooks param e os tokens deixam de funcionar.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Cancel the subscription of this instance?</source>
        <translation>Cancelar a assinatura desta instância?</translation>
    </message>
    <message>
        <source>Cancel the subscriptions of these %1 instances?</source>
        <translation>Cancelar as assinaturas destas %1 instâncias?</translation>
    </message>
    <message>
        <source>Trials end at once; paid subscriptions end when the period already paid is over.</source>
        <translation>Os períodos de teste terminam na hora; as assinaturas pagas terminam quando acabar o período já pago.</translation>
    </message>
    <message>
        <source>C&amp;ancel subscriptions</source>
        <translation>C&amp;ancelar assinaturas</translation>
    </message>
    <message>
        <source>Restart this instance?</source>
        <translation>Reiniciar esta instância?</translation>
    </message>
    <message>
        <source>Restart these %1 instances?</source>
        <translation>Reiniciar estas %1 instâncias?</translation>
    </message>
    <message>
        <source>Connected ones drop their WhatsApp connection for a moment and get it back by themselves; a restart pairs none that is not connected.</source>
        <translation>As conectadas perdem a conexão do WhatsApp por um instante e a recuperam sozinhas; reiniciar não pareia nenhuma que não esteja conectada.</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Instances to act on</source>
        <translation>Instâncias afetadas</translation>
    </message>
    <message>
        <source>Type %1 to confirm.</source>
        <translation>Digite %1 para confirmar.</translation>
    </message>
    <message>
        <source>Number of instances, typed to confirm</source>
        <translation>Número de instâncias, digitado para confirmar</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Deixadas de fora</translation>
    </message>
    <message>
        <source>Left out, as the action does not apply to it:</source>
        <translation>Deixada de fora, pois a ação não se aplica a ela:</translation>
    </message>
    <message>
        <source>%1 left out, as the action does not apply to them:</source>
        <translation>%1 deixadas de fora, pois a ação não se aplica a elas:</translation>
    </message>
    <message>
        <source>Instances left out</source>
        <translation>Instâncias deixadas de fora</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This action works on one instance at a time.</source>
        <translation>Esta ação funciona em uma instância por vez.</translation>
    </message>
    <message>
        <source>No instances are selected.</source>
        <translation>Nenhuma instância está selecionada.</translation>
    </message>
    <message>
        <source>Type the number of instances, %1, to confirm.</source>
        <translation>Digite o número de instâncias, %1, para confirmar.</translation>
    </message>
    <message>
        <source>%1, instance by instance:</source>
        <translation>%1, instância por instância:</translation>
    </message>
    <message>
        <source>%1, instance by instance (%2 left out, nothing sent for them):</source>
        <translation>%1, instância por instância (%2 deixadas de fora, nada foi enviado para elas):</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::BulkResultsView</name>
    <message>
        <source>Progress</source>
        <translation>Andamento</translation>
    </message>
    <message>
        <source>Result per instance</source>
        <translation>Resultado por instância</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Tentar de novo as que &amp;falharam</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Tentar de novo as que falharam</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instância</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Details of the selected instance</source>
        <translation>Detalhes da instância selecionada</translation>
    </message>
    <message>
        <source>Send the failed requests again; the others are left alone.</source>
        <translation>Envia de novo as requisições que falharam; as outras ficam como estão.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Executando…</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Sucesso</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falha</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Request id: %1.</source>
        <translation>ID da requisição: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 concluídas</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 done, %n failed</source>
        <translation>
            <numerusform>%1 de %2 concluídas, %n falhou</numerusform>
            <numerusform>%1 de %2 concluídas, %n falharam</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vzaps::ui::BusySign</name>
    <message>
        <source>Loading</source>
        <translation>Carregando</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Buscando “%1”…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::CancelSubscriptionDialog</name>
    <message>
        <source>Immediate: the subscription has ended (billing status %1).</source>
        <translation>Imediato: a assinatura terminou (status de cobrança %1).</translation>
    </message>
    <message>
        <source>Scheduled: the subscription stays active until %1, then ends. Resume it before then to keep it.</source>
        <translation>Programado: a assinatura continua ativa até %1 e depois termina. Retome-a antes disso para mantê-la.</translation>
    </message>
    <message>
        <source>The billing status is now %1.</source>
        <translation>O status de cobrança agora é %1.</translation>
    </message>
    <message>
        <source>Cancel the subscription of %1?</source>
        <translation>Cancelar a assinatura de %1?</translation>
    </message>
    <message>
        <source>Billing status: %1.</source>
        <translation>Status de cobrança: %1.</translation>
    </message>
    <message>
        <source>A trial ends at once. A paid subscription may stay active until the end of its period and can be resumed until then.</source>
        <translation>Um período de teste termina na hora. Uma assinatura paga pode continuar ativa até o fim do período e pode ser retomada até lá.</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation>Cancelar assinatura</translation>
    </message>
    <message>
        <source>Cancel &amp;subscription</source>
        <translation>Cancelar a a&amp;ssinatura</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cancellation accepted.</source>
        <translation>Cancelamento aceito.</translation>
    </message>
    <message>
        <source>Reading the new billing state…</source>
        <translation>Lendo o novo estado de cobrança…</translation>
    </message>
    <message>
        <source>The new billing state could not be read: %1</source>
        <translation>Não foi possível ler o novo estado de cobrança: %1</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::CheckoutFlow</name>
    <message>
        <source>Opened the checkout page of “%1” in the browser.</source>
        <translation>A página de checkout de “%1” foi aberta no navegador.</translation>
    </message>
    <message>
        <source>Still getting a checkout link for “%1”…</source>
        <translation>Ainda obtendo um link de checkout para “%1”…</translation>
    </message>
    <message>
        <source>Getting a checkout link for “%1”…</source>
        <translation>Obtendo um link de checkout para “%1”…</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Assinar</translation>
    </message>
    <message>
        <source>Subscription of “%1” active: the card on file was charged, so there is no checkout page.</source>
        <translation>Assinatura de “%1” ativa: o cartão cadastrado foi cobrado, então não há página de checkout.</translation>
    </message>
    <message>
        <source>Checkout started; link copied.</source>
        <translation>Checkout iniciado; link copiado.</translation>
    </message>
    <message>
        <source>Checkout started; page opened in the browser.</source>
        <translation>Checkout iniciado; página aberta no navegador.</translation>
    </message>
    <message>
        <source>Checkout started; no browser opened, the link was copied.</source>
        <translation>Checkout iniciado; nenhum navegador abriu, o link foi copiado.</translation>
    </message>
    <message>
        <source>Copied the checkout link of “%1”. The payment is watched in its own window.</source>
        <translation>O link de checkout de “%1” foi copiado. O pagamento é acompanhado em uma janela própria.</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::CheckoutWaitPanel</name>
    <message>
        <source>Waiting for payment in your browser</source>
        <translation>Aguardando o pagamento no seu navegador</translation>
    </message>
    <message>
        <source>What this window waits for</source>
        <translation>O que esta janela aguarda</translation>
    </message>
    <message>
        <source>Checkout link</source>
        <translation>Link de checkout</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar link</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Abrir de novo</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Abrir de novo</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Status do pagamento</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>C&amp;oncluir</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Aguardando o pagamento</translation>
    </message>
    <message>
        <source>Waiting for payment – %1</source>
        <translation>Aguardando o pagamento – %1</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instância</translation>
    </message>
    <message>
        <source>“%1” (%2)
Billing status when the checkout started: %3</source>
        <translation>“%1” (%2)
Status de cobrança quando o checkout começou: %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Stop checking and close this window</source>
        <translation>Parar de verificar e fechar esta janela</translation>
    </message>
    <message>
        <source>Checking the billing status every few seconds…</source>
        <translation>Verificando o status de cobrança a cada poucos segundos…</translation>
    </message>
    <message>
        <source>Link copied. Still waiting for the payment…</source>
        <translation>Link copiado. Ainda aguardando o pagamento…</translation>
    </message>
    <message>
        <source>Checkout page opened in your browser. Checking the billing status every few seconds…</source>
        <translation>Página de checkout aberta no seu navegador. Verificando o status de cobrança a cada poucos segundos…</translation>
    </message>
    <message>
        <source>Still waiting: billing status %1 (checked at %2).</source>
        <translation>Ainda aguardando: status de cobrança %1 (verificado às %2).</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Pagamento recebido</translation>
    </message>
    <message>
        <source>Billing status changed</source>
        <translation>Status de cobrança alterado</translation>
    </message>
    <message>
        <source>Payment received: %1</source>
        <translation>Pagamento recebido: %1</translation>
    </message>
    <message>
        <source>Billing status changed: %1 → %2</source>
        <translation>Status de cobrança alterado: %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Could not check the billing status: %1 Trying again in a few seconds.</source>
        <translation>Não foi possível verificar o status de cobrança: %1 Tentando de novo em alguns segundos.</translation>
    </message>
    <message>
        <source>Stopped waiting</source>
        <translation>Espera encerrada</translation>
    </message>
    <message>
        <source>The instance no longer exists; stopped waiting for the payment.</source>
        <translation>A instância não existe mais; o pagamento deixou de ser aguardado.</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::ConnectedView</name>
    <message>
        <source>WhatsApp account</source>
        <translation>Conta do WhatsApp</translation>
    </message>
    <message>
        <source>Push name</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Nome comercial:</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nome comercial</translation>
    </message>
    <message>
        <source>Verified name:</source>
        <translation>Nome verificado:</translation>
    </message>
    <message>
        <source>Verified name</source>
        <translation>Nome verificado</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Recado:</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Recado</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Connected since:</source>
        <translation>Conectada desde:</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Conectada desde</translation>
    </message>
    <message>
        <source>No push name</source>
        <translation>Sem nome de exibição</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Sem número de telefone</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::ConnectionResultView</name>
    <message>
        <source>Connection test result</source>
        <translation>Resultado do teste de conexão</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Testando a conexão</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::ConnectionView</name>
    <message>
        <source>Checking the WhatsApp connection…</source>
        <translation>Verificando a conexão do WhatsApp…</translation>
    </message>
    <message>
        <source>Pair &amp;WhatsApp</source>
        <translation>Parear &amp;WhatsApp</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>WhatsApp connection</source>
        <translation>Conexão do WhatsApp</translation>
    </message>
    <message>
        <source>Checking the WhatsApp connection</source>
        <translation>Verificando a conexão do WhatsApp</translation>
    </message>
    <message>
        <source>Not connected to WhatsApp</source>
        <translation>Não conectada ao WhatsApp</translation>
    </message>
    <message>
        <source>Pair WhatsApp</source>
        <translation>Parear WhatsApp</translation>
    </message>
    <message>
        <source>Connection status error</source>
        <translation>Erro no status da conexão</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Mensagem de erro</translation>
    </message>
    <message>
        <source>Retry fetching the connection status</source>
        <translation>Tentar obter de novo o status da conexão</translation>
    </message>
    <message>
        <source>Not connected to WhatsApp. Its subscription is canceled or expired, so it cannot be paired.</source>
        <translation>Não conectada ao WhatsApp. A assinatura está cancelada ou expirada, então ela não pode ser pareada.</translation>
    </message>
    <message>
        <source>The QR code expired before it was scanned. Show a new one to try again.</source>
        <translation>O QR code expirou antes de ser lido. Gere um novo QR code para tentar outra vez.</translation>
    </message>
    <message>
        <source>Show a new &amp;QR code</source>
        <translation>Mostrar um novo &amp;QR code</translation>
    </message>
    <message>
        <source>Not connected to WhatsApp. Pairing shows a QR code to scan with the phone&apos;s WhatsApp, or a pairing code.</source>
        <translation>Não conectada ao WhatsApp. O pareamento mostra um QR code para ler com o WhatsApp do celular, ou um código de pareamento.</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::CreateInstanceDialog</name>
    <message>
        <source>New instance</source>
        <translation>Nova instância</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Criar</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Criando…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Created “%1” (%2).</source>
        <translation>“%1” criada (%2).</translation>
    </message>
    <message>
        <source>Created “%1” with the id %2.</source>
        <translation>“%1” criada com o ID %2.</translation>
    </message>
    <message>
        <source>Instance token</source>
        <translation>Token da instância</translation>
    </message>
    <message>
        <source>About the instance token</source>
        <translation>Sobre o token da instância</translation>
    </message>
    <message>
        <source>The instance token lets a program use this instance. Keep it safe. You can see and copy it again later in the instance&apos;s details (Reveal).</source>
        <translation>O token da instância permite que um programa use esta instância. Guarde-o com cuidado. Você pode vê-lo e copiá-lo de novo depois nos detalhes da instância (Revelar).</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Copy instance token</source>
        <translation>Copiar o token da instância</translation>
    </message>
    <message>
        <source>Copy the instance token to the clipboard</source>
        <translation>Copia o token da instância para a área de transferência</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::CsvFileTypes</name>
    <message>
        <source>CSV for Excel, separated by semicolons (*.csv)</source>
        <translation>CSV para Excel, separado por ponto e vírgula (*.csv)</translation>
    </message>
    <message>
        <source>CSV, RFC 4180, separated by commas (*.csv)</source>
        <translation>CSV, RFC 4180, separado por vírgulas (*.csv)</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::DeleteInstanceDialog</name>
    <message>
        <source>Delete instance</source>
        <translation>Excluir instância</translation>
    </message>
    <message>
        <source>Delete %1?

This cannot be undone: its WhatsApp session ends, its webhook stops and its token stops working.</source>
        <translation>Excluir %1?

Isto não pode ser desfeito: a sessão do WhatsApp termina, o webhook para e o token deixa de funcionar.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Excluindo…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Excluída.</translation>
    </message>
    <message>
        <source>Already deleted.</source>
        <translation>Já estava excluída.</translation>
    </message>
    <message>
        <source>%1 was already deleted; nothing to do.</source>
        <translation>%1 já estava excluída; nada a fazer.</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::DetailPanel</name>
    <message>
        <source>Instance details</source>
        <translation>Detalhes da instância</translation>
    </message>
    <message>
        <source>No instance selected</source>
        <translation>Nenhuma instância selecionada</translation>
    </message>
    <message>
        <source>Select an instance to see its details.</source>
        <translation>Selecione uma instância para ver os detalhes.</translation>
    </message>
    <message>
        <source>WhatsApp connection</source>
        <translation>Conexão do WhatsApp</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::DisconnectSessionDialog</name>
    <message>
        <source>Disconnect the WhatsApp session of %1?</source>
        <translation>Desconectar a sessão do WhatsApp de %1?</translation>
    </message>
    <message>
        <source>It is connected as %1.</source>
        <translation>Ela está conectada como %1.</translation>
    </message>
    <message>
        <source>The phone is logged out: messages stop until someone pairs it again with the QR code or a pairing code.</source>
        <translation>O celular é desconectado: as mensagens param até alguém parear de novo com o QR code ou um código de pareamento.</translation>
    </message>
    <message>
        <source>It does not look connected now; disconnecting also drops a pairing in progress.</source>
        <translation>Ela não parece conectada agora; desconectar também interrompe um pareamento em andamento.</translation>
    </message>
    <message>
        <source>Disconnect WhatsApp session</source>
        <translation>Desconectar a sessão do WhatsApp</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Desconectando…</translation>
    </message>
    <message>
        <source>Disconnect session</source>
        <translation>Desconectar sessão</translation>
    </message>
    <message>
        <source>Disconnect requested.</source>
        <translation>Desconexão solicitada.</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::EditInstanceDialog</name>
    <message>
        <source>Edit instance</source>
        <translation>Editar instância</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Nenhuma alteração para salvar.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation>Alterações: %1.</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::EmptyPage</name>
    <message>
        <source>Clear search</source>
        <translation>Limpar busca</translation>
    </message>
    <message>
        <source>No instances</source>
        <translation>Nenhuma instância</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Dica</translation>
    </message>
    <message>
        <source>No instances yet — create one</source>
        <translation>Nenhuma instância ainda — crie uma</translation>
    </message>
    <message>
        <source>Instances you create in the VZaps web app or with vzapsctl show up here.</source>
        <translation>As instâncias que você criar no app web da VZaps ou com o vzapsctl aparecem aqui.</translation>
    </message>
    <message>
        <source>No instances match “%1”</source>
        <translation>Nenhuma instância corresponde a “%1”</translation>
    </message>
    <message>
        <source>Check the spelling, or search for part of a name or id.</source>
        <translation>Confira a grafia ou busque por parte de um nome ou ID.</translation>
    </message>
    <message>
        <source>No instance of the account is in these states</source>
        <translation>Nenhuma instância da conta está nesses estados</translation>
    </message>
    <message>
        <source>Check the spelling. Every field was searched: name, id, phone, push name, webhook, labels and events.</source>
        <translation>Confira a grafia. Todos os campos foram buscados: nome, ID, telefone, nome no WhatsApp, webhook, etiquetas e eventos.</translation>
    </message>
    <message>
        <source>Only the states checked under Status show; Status ▸ Show all shows every state.</source>
        <translation>Só aparecem os estados marcados em Status; Status ▸ Mostrar todas mostra todos os estados.</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::ErrorPage</name>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Mensagem de erro</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Could not load the instances (HTTP %1)</source>
        <translation>Não foi possível carregar as instâncias (HTTP %1)</translation>
    </message>
    <message>
        <source>Could not load the instances</source>
        <translation>Não foi possível carregar as instâncias</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::HelpActions</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copiar &amp;diagnóstico</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copiar diagnóstico</translation>
    </message>
    <message>
        <source>&amp;About VZaps Desk</source>
        <translation>&amp;Sobre o VZaps Desk</translation>
    </message>
    <message>
        <source>About VZaps Desk</source>
        <translation>Sobre o VZaps Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Sobre o Qt</translation>
    </message>
    <message>
        <source>Copy what a support ticket needs: versions, the server, the settings and the last errors (no token, no secret)</source>
        <translation>Copiar o que um chamado de suporte precisa: versões, servidor, configurações e os últimos erros (sem token, sem segredo)</translation>
    </message>
    <message>
        <source>Diagnostics copied: paste them into the support ticket. They hold no token and no secret.</source>
        <translation>Diagnóstico copiado: cole no chamado de suporte. Ele não tem token nem segredo.</translation>
    </message>
    <message>
        <source>VZaps Desk is built with Qt %1, the cross-platform C++ toolkit of The Qt Company, which it uses under the GNU Lesser General Public License version 3. Qt&apos;s licenses and source: https://www.qt.io/licensing</source>
        <translation>O VZaps Desk é feito com o Qt %1, o kit de ferramentas C++ multiplataforma da The Qt Company, usado sob a Licença Pública Geral Menor GNU, versão 3. Licenças e código-fonte do Qt: https://www.qt.io/licensing</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::InstanceActions</name>
    <message>
        <source>Copy &amp;ID</source>
        <translation>Copiar &amp;ID</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copiar ID</translation>
    </message>
    <message>
        <source>Copy instance &amp;token</source>
        <translation>Copiar &amp;token da instância</translation>
    </message>
    <message>
        <source>Copy instance token</source>
        <translation>Copiar o token da instância</translation>
    </message>
    <message>
        <source>Copy web &amp;URL</source>
        <translation>Copiar &amp;URL web</translation>
    </message>
    <message>
        <source>Copy web URL</source>
        <translation>Copiar URL web</translation>
    </message>
    <message>
        <source>&amp;Open in VZaps web app</source>
        <translation>Abrir no app web &amp;da VZaps</translation>
    </message>
    <message>
        <source>Open in VZaps web app</source>
        <translation>Abrir no app web da VZaps</translation>
    </message>
    <message>
        <source>&amp;Watch live</source>
        <translation>Acompanhar ao &amp;vivo</translation>
    </message>
    <message>
        <source>Watch live</source>
        <translation>Acompanhar ao vivo</translation>
    </message>
    <message>
        <source>Copy the ids of the selected instances, one per line</source>
        <translation>Copia os IDs das instâncias selecionadas, um por linha</translation>
    </message>
    <message>
        <source>Copy %1 &amp;IDs</source>
        <translation>Copiar %1 &amp;IDs</translation>
    </message>
    <message>
        <source>Stop watching the selected instances live</source>
        <translation>Parar de acompanhar ao vivo as instâncias selecionadas</translation>
    </message>
    <message>
        <source>Watch the selected instances live, whichever is shown (up to %1)</source>
        <translation>Acompanha ao vivo as instâncias selecionadas, independentemente de qual esteja sendo exibida (até %1)</translation>
    </message>
    <message>
        <source>Copied the id of “%1”.</source>
        <translation>O ID de “%1” foi copiado.</translation>
    </message>
    <message>
        <source>Copied %1 ids.</source>
        <translation>%1 IDs copiados.</translation>
    </message>
    <message>
        <source>“%1” has no instance token to copy.</source>
        <translation>“%1” não tem token de instância para copiar.</translation>
    </message>
    <message>
        <source>Copied the instance token of “%1”. Keep it secret.</source>
        <translation>O token da instância de “%1” foi copiado. Mantenha-o em segredo.</translation>
    </message>
    <message>
        <source>“%1” has no web URL.</source>
        <translation>“%1” não tem URL web.</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>Copiado: %1.</translation>
    </message>
    <message>
        <source>“%1” has no web URL to open.</source>
        <translation>“%1” não tem URL web para abrir.</translation>
    </message>
    <message>
        <source>Stopped watching “%1” live.</source>
        <translation>“%1” não está mais sendo acompanhada ao vivo.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped watching %n instances live.</source>
        <translation>
            <numerusform>%n instância não está mais sendo acompanhada ao vivo.</numerusform>
            <numerusform>%n instâncias não estão mais sendo acompanhadas ao vivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 instances are watched already, the most there can be; %n not added. Stop watching one first.</source>
        <translation>
            <numerusform>Já há %1 instâncias sendo acompanhadas, o máximo permitido; %n não foi adicionada. Pare de acompanhar alguma primeiro.</numerusform>
            <numerusform>Já há %1 instâncias sendo acompanhadas, o máximo permitido; %n não foram adicionadas. Pare de acompanhar alguma primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching “%1” live (%2 of %3).</source>
        <translation>Acompanhando “%1” ao vivo (%2 de %3).</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n more instances live (%1 of %2).</source>
        <translation>
            <numerusform>Acompanhando mais %n instância ao vivo (%1 de %2).</numerusform>
            <numerusform>Acompanhando mais %n instâncias ao vivo (%1 de %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vzaps::ui::InstanceCommands</name>
    <message>
        <source>&amp;Billing</source>
        <translation>Co&amp;brança</translation>
    </message>
    <message>
        <source>Create an instance (Ctrl+N)</source>
        <translation>Cria uma instância (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change the name, webhook, events or options (F2)</source>
        <translation>Altera o nome, o webhook, os eventos ou as opções (F2)</translation>
    </message>
    <message>
        <source>Re&amp;start…</source>
        <translation>&amp;Reiniciar…</translation>
    </message>
    <message>
        <source>Restart the selected instances</source>
        <translation>Reinicia as instâncias selecionadas</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>Delete the selected instances (Del)</source>
        <translation>Exclui as instâncias selecionadas (Del)</translation>
    </message>
    <message>
        <source>&amp;Subscribe…</source>
        <translation>&amp;Assinar…</translation>
    </message>
    <message>
        <source>Start a paid subscription; pays with the card on file or opens a checkout page</source>
        <translation>Inicia uma assinatura paga; cobra no cartão cadastrado ou abre uma página de checkout</translation>
    </message>
    <message>
        <source>&amp;Open checkout</source>
        <translation>Abrir &amp;checkout</translation>
    </message>
    <message>
        <source>Open the checkout page in the web browser</source>
        <translation>Abre a página de checkout no navegador</translation>
    </message>
    <message>
        <source>&amp;Copy checkout link</source>
        <translation>Copiar &amp;link de checkout</translation>
    </message>
    <message>
        <source>Copy the checkout page&apos;s address, e.g. for a customer ticket</source>
        <translation>Copia o endereço da página de checkout, por exemplo para o chamado de um cliente</translation>
    </message>
    <message>
        <source>&amp;Resume subscription…</source>
        <translation>&amp;Retomar assinatura…</translation>
    </message>
    <message>
        <source>Undo the scheduled cancellation</source>
        <translation>Desfaz o cancelamento programado</translation>
    </message>
    <message>
        <source>C&amp;ancel subscription…</source>
        <translation>Ca&amp;ncelar assinatura…</translation>
    </message>
    <message>
        <source>Cancel the subscription of the selected instances</source>
        <translation>Cancela a assinatura das instâncias selecionadas</translation>
    </message>
    <message>
        <source>Dis&amp;connect WhatsApp…</source>
        <translation>Des&amp;conectar WhatsApp…</translation>
    </message>
    <message>
        <source>Log the instance out of WhatsApp; it must be paired again</source>
        <translation>Desconecta a instância do WhatsApp; ela precisará ser pareada de novo</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Cobrança</translation>
    </message>
    <message>
        <source>Re&amp;start %1…</source>
        <translation>&amp;Reiniciar %1…</translation>
    </message>
    <message>
        <source>&amp;Delete %1…</source>
        <translation>E&amp;xcluir %1…</translation>
    </message>
    <message>
        <source>C&amp;ancel %1 subscriptions…</source>
        <translation>Ca&amp;ncelar %1 assinaturas…</translation>
    </message>
    <message>
        <source>&amp;New instance…</source>
        <translation>&amp;Nova instância…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>&amp;Pair WhatsApp</source>
        <translation>&amp;Parear WhatsApp</translation>
    </message>
    <message>
        <source>Show the QR code to scan with the phone&apos;s WhatsApp, in the detail panel</source>
        <translation>Mostrar o QR code para escanear com o WhatsApp do celular, no painel de detalhes</translation>
    </message>
    <message>
        <source>Subscribe, open or copy the checkout, resume or cancel the subscription of the selected instance</source>
        <translation>Assinar, abrir ou copiar o checkout, retomar ou cancelar a assinatura da instância selecionada</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::InstanceFieldsView</name>
    <message>
        <source>Instance details</source>
        <translation>Detalhes da instância</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>Nome da instância</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID da instância</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy instance ID</source>
        <translation>Copiar o ID da instância</translation>
    </message>
    <message>
        <source>Copy the instance ID to the clipboard</source>
        <translation>Copia o ID da instância para a área de transferência</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Conexão:</translation>
    </message>
    <message>
        <source>Billing:</source>
        <translation>Cobrança:</translation>
    </message>
    <message>
        <source>Instance token</source>
        <translation>Token da instância</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Open in the VZaps web app</source>
        <translation>Abrir no app web da VZaps</translation>
    </message>
    <message>
        <source>Copy web app link</source>
        <translation>Copiar o link do app web</translation>
    </message>
    <message>
        <source>Web app link</source>
        <translation>Link do app web</translation>
    </message>
    <message>
        <source>Web app:</source>
        <translation>App web:</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL do webhook</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Eventos:</translation>
    </message>
    <message>
        <source>Subscribed events</source>
        <translation>Eventos recebidos</translation>
    </message>
    <message>
        <source>Reject calls:</source>
        <translation>Rejeitar chamadas:</translation>
    </message>
    <message>
        <source>Reject calls</source>
        <translation>Rejeitar chamadas</translation>
    </message>
    <message>
        <source>Auto-read messages:</source>
        <translation>Leitura automática:</translation>
    </message>
    <message>
        <source>Auto-read messages</source>
        <translation>Leitura automática de mensagens</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Criada:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Atualizada:</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizada</translation>
    </message>
    <message>
        <source>Cancels at:</source>
        <translation>Cancela em:</translation>
    </message>
    <message>
        <source>Cancels at</source>
        <translation>Cancela em</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expira:</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <source>Unnamed instance</source>
        <translation>Instância sem nome</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Billing: %1</source>
        <translation>Cobrança: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Conexão: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 copiado para a área de transferência.</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::InstanceForm</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>&amp;Reject incoming calls</source>
        <translation>&amp;Rejeitar chamadas recebidas</translation>
    </message>
    <message>
        <source>Reject incoming calls</source>
        <translation>Rejeitar chamadas recebidas</translation>
    </message>
    <message>
        <source>&amp;Mark incoming messages as read</source>
        <translation>&amp;Marcar mensagens recebidas como lidas</translation>
    </message>
    <message>
        <source>Mark incoming messages as read</source>
        <translation>Marcar mensagens recebidas como lidas</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>3 to 255 characters</source>
        <translation>De 3 a 255 caracteres</translation>
    </message>
    <message>
        <source>Optional, like https://example.com/hook</source>
        <translation>Opcional, como https://example.com/hook</translation>
    </message>
    <message>
        <source>Optional, like team=sales, region=BR</source>
        <translation>Opcional, como equipe=vendas, regiao=BR</translation>
    </message>
    <message>
        <source>key=value pairs separated by commas; empty removes them all</source>
        <translation>pares chave=valor separados por vírgulas; vazio remove todos</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Webhook:</source>
        <translation>&amp;Webhook:</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>E&amp;ventos:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <source>Events to subscribe to</source>
        <translation>Eventos a receber</translation>
    </message>
    <message>
        <source>Every event; the others are then left out</source>
        <translation>Todos os eventos; as demais opções ficam desmarcadas</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID da instância</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::InstanceTableView</name>
    <message>
        <source>Instances</source>
        <translation>Instâncias</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Restaurar colunas</translation>
    </message>
    <message>
        <source>In the table</source>
        <translation>Na tabela</translation>
    </message>
    <message>
        <source>Show the instance&apos;s details</source>
        <translation>Mostrar os detalhes da instância</translation>
    </message>
    <message>
        <source>Open the row menu</source>
        <translation>Abrir o menu da linha</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::KeyboardShortcuts</name>
    <message>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::LoadingPage</name>
    <message>
        <source>Loading</source>
        <translation>Carregando</translation>
    </message>
    <message>
        <source>Loading instances…</source>
        <translation>Carregando instâncias…</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::LogPanel</name>
    <message>
        <source>Filter the action log</source>
        <translation>Filtrar o registro de ações</translation>
    </message>
    <message>
        <source>Action log</source>
        <translation>Registro de ações</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Action log status</source>
        <translation>Situação do registro de ações</translation>
    </message>
    <message>
        <source>Filter by instance, action, outcome, message…</source>
        <translation>Filtrar por instância, ação, resultado, mensagem…</translation>
    </message>
    <message>
        <source>Export action log</source>
        <translation>Exportar registro de ações</translation>
    </message>
    <message>
        <source>Could not export the action log to %1: %2. Choose another folder or file name.</source>
        <translation>Não foi possível exportar o registro de ações para %1: %2. Escolha outra pasta ou outro nome de arquivo.</translation>
    </message>
    <message>
        <source>Exported 1 action to %1.</source>
        <translation>1 ação exportada para %1.</translation>
    </message>
    <message>
        <source>Exported %1 actions to %2.</source>
        <translation>%1 ações exportadas para %2.</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::MainWindow</name>
    <message>
        <source>VZaps Desk</source>
        <translation>VZaps Desk</translation>
    </message>
    <message>
        <source>Main area</source>
        <translation>Área principal</translation>
    </message>
    <message>
        <source>Opened %1 in the web browser.</source>
        <translation>Aberto no navegador: %1.</translation>
    </message>
    <message>
        <source>VZaps Desk — Sandbox</source>
        <translation>VZaps Desk — Sandbox</translation>
    </message>
    <message>
        <source>Loading instances…</source>
        <translation>Carregando instâncias…</translation>
    </message>
    <message>
        <source>Rate limited by the server; retrying in %1 s</source>
        <translation>Limite de requisições do servidor; nova tentativa em %1 s</translation>
    </message>
    <message>
        <source>The window, the panels and the table&apos;s columns are back to their defaults.</source>
        <translation>A janela, os painéis e as colunas da tabela voltaram ao padrão.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Load the instances again (F5)</source>
        <translation>Carrega as instâncias de novo (F5)</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s rate limit; the list is asked for again in %1 s.</source>
        <translation>Aguardando o limite de requisições do servidor; a lista será solicitada novamente em %1 s.</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figurações…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Localizar</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Localizar</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Search instances</source>
        <translation>Buscar instâncias</translation>
    </message>
    <message>
        <source>Search by name or id… (Ctrl+F)</source>
        <translation>Buscar por nome ou ID… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Instances and details</source>
        <translation>Instâncias e detalhes</translation>
    </message>
    <message>
        <source>Instance list</source>
        <translation>Lista de instâncias</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Instance details</source>
        <translation>Detalhes da instância</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instâncias</translation>
    </message>
    <message>
        <source>A watched instance was deleted on the server; it is no longer watched.</source>
        <translation>Uma instância acompanhada foi excluída no servidor; ela não é mais acompanhada.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Switch, add or edit accounts</source>
        <translation>Trocar, adicionar ou editar contas</translation>
    </message>
    <message>
        <source>Instance actions</source>
        <translation>Ações da instância</translation>
    </message>
    <message>
        <source>The new instance is not on this page; search for it to see it.</source>
        <translation>A nova instância não está nesta página; busque por ela para vê-la.</translation>
    </message>
    <message>
        <source>That instance is not known any more; search for it.</source>
        <translation>Essa instância não está mais na lista; busque por ela.</translation>
    </message>
    <message>
        <source>No instance matches “%1”.</source>
        <translation>Nenhuma instância corresponde a “%1”.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colunas</translation>
    </message>
    <message>
        <source>&amp;Detail panel</source>
        <translation>&amp;Painel de detalhes</translation>
    </message>
    <message>
        <source>Detail panel</source>
        <translation>Painel de detalhes</translation>
    </message>
    <message>
        <source>Show or hide the selected instance&apos;s details</source>
        <translation>Mostrar ou ocultar os detalhes da instância selecionada</translation>
    </message>
    <message>
        <source>&amp;Watched instances</source>
        <translation>&amp;Instâncias acompanhadas</translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation>&amp;Instância</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>No instance is watched. Use Watch live on a row.</source>
        <translation>Nenhuma instância acompanhada. Use Acompanhar ao vivo em uma linha.</translation>
    </message>
    <message>
        <source>English</source>
        <comment>the language of the app&apos;s texts, named in English</comment>
        <translation>Portuguese (Brazil)</translation>
    </message>
    <message>
        <source>S&amp;how view</source>
        <translation>&amp;Mostrar visão</translation>
    </message>
    <message>
        <source>Search all fields: phone, push name, webhook, labels… (Ctrl+F)</source>
        <translation>Buscar em todos os campos: telefone, nome no WhatsApp, webhook, etiquetas… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Showing the view “%1”.</source>
        <translation>Mostrando a visão “%1”.</translation>
    </message>
    <message>
        <source>More toolbar actions</source>
        <translation>Mais ações da barra de ferramentas</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::OtherFieldsView</name>
    <message>
        <source>Other fields</source>
        <translation>Outros campos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message>
        <source>Fields the server sent that this version does not know.</source>
        <translation>Campos enviados pelo servidor que esta versão não conhece.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vzaps::ui::PagingBar</name>
    <message>
        <source>Rows per page</source>
        <translation>Linhas por página</translation>
    </message>
    <message>
        <source>Shown range</source>
        <translation>Intervalo mostrado</translation>
    </message>
    <message>
        <source>«</source>
        <translation>«</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Primeira página</translation>
    </message>
    <message>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número da página</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>Número de páginas</translation>
    </message>
    <message>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Próxima página</translation>
    </message>
    <message>
        <source>»</source>
        <translation>»</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Última página</translation>
    </message>
    <message>
        <source>Paging</source>
        <translation>Paginação</translation>
    </message>
    <message>
        <source>Rows per page:</source>
        <translation>Linhas por página:</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;Página</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::PairingView</name>
    <message>
        <source>Cop&amp;y image</source>
        <translation>Copiar i&amp;magem</translation>
    </message>
    <message>
        <source>Copy the QR code as an image</source>
        <translation>Copia o QR code como imagem</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG file</source>
        <translation>Salva o QR code como arquivo PNG</translation>
    </message>
    <message>
        <source>Get code</source>
        <translation>Obter código</translation>
    </message>
    <message>
        <source>Co&amp;py code</source>
        <translation>Copiar &amp;código</translation>
    </message>
    <message>
        <source>Copy the pairing code</source>
        <translation>Copia o código de pareamento</translation>
    </message>
    <message>
        <source>Pair WhatsApp</source>
        <translation>Parear WhatsApp</translation>
    </message>
    <message>
        <source>Pairing QR code</source>
        <translation>QR code de pareamento</translation>
    </message>
    <message>
        <source>How to pair</source>
        <translation>Como parear</translation>
    </message>
    <message>
        <source>On the phone, open WhatsApp → Settings → Linked devices → Link a device and scan this code. It is refreshed every few seconds; this view switches by itself once the phone is linked.</source>
        <translation>No celular, abra o WhatsApp → Configurações → Dispositivos conectados → Conectar um dispositivo e leia este código. Ele é atualizado a cada poucos segundos; esta tela muda sozinha assim que o celular for conectado.</translation>
    </message>
    <message>
        <source>Or link with a phone number instead:</source>
        <translation>Ou conecte com um número de telefone:</translation>
    </message>
    <message>
        <source>Pairing code alternative</source>
        <translation>Alternativa com código de pareamento</translation>
    </message>
    <message>
        <source>Phone number for the pairing code</source>
        <translation>Número de telefone para o código de pareamento</translation>
    </message>
    <message>
        <source>Phone with country code, e.g. 5511999990000</source>
        <translation>Telefone com código do país, por exemplo 5511999990000</translation>
    </message>
    <message>
        <source>Get pairing code</source>
        <translation>Obter código de pareamento</translation>
    </message>
    <message>
        <source>Copy the QR code as an image, e.g. to send it to the customer</source>
        <translation>Copia o QR code como imagem, por exemplo para enviar ao cliente</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Código de pareamento</translation>
    </message>
    <message>
        <source>On the phone: WhatsApp → Linked devices → Link with phone number instead, then type this code.</source>
        <translation>No celular: WhatsApp → Dispositivos conectados → Conectar com número de telefone, e digite este código.</translation>
    </message>
    <message>
        <source>Copy the pairing code, e.g. to send it to the customer</source>
        <translation>Copia o código de pareamento, por exemplo para enviar ao cliente</translation>
    </message>
    <message>
        <source>Pairing status</source>
        <translation>Status do pareamento</translation>
    </message>
    <message>
        <source>Pairing code error</source>
        <translation>Erro no código de pareamento</translation>
    </message>
    <message>
        <source>Loading the QR code…</source>
        <translation>Carregando o QR code…</translation>
    </message>
    <message>
        <source>The QR code is unreadable.</source>
        <translation>O QR code está ilegível.</translation>
    </message>
    <message>
        <source>Requesting…</source>
        <translation>Solicitando…</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Pairing code copied. On the phone: WhatsApp → Linked devices → Link with phone number instead, then type it.</source>
        <translation>Código de pareamento copiado. No celular: WhatsApp → Dispositivos conectados → Conectar com número de telefone, e digite-o.</translation>
    </message>
    <message>
        <source>QR code copied as an image. It changes every few seconds: send it at once and have it scanned right away.</source>
        <translation>QR code copiado como imagem. Ele muda a cada poucos segundos: envie na hora e peça para ler em seguida.</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>Salvar QR code</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>não foi possível gravar a imagem</translation>
    </message>
    <message>
        <source>Could not save the QR code to %1: %2. Choose another folder or file name.</source>
        <translation>Não foi possível salvar o QR code em %1: %2. Escolha outra pasta ou outro nome de arquivo.</translation>
    </message>
    <message>
        <source>Saved the QR code to %1. It changes every few seconds: send it at once.</source>
        <translation>QR code salvo em %1. Ele muda a cada poucos segundos: envie na hora.</translation>
    </message>
    <message>
        <source>Save ima&amp;ge…</source>
        <translation>Sal&amp;var imagem…</translation>
    </message>
    <message>
        <source>Scan it with WhatsApp on the phone to pair: Settings, Linked devices, Link a device. A pairing code below does the same without the camera.</source>
        <translation>Leia-o com o WhatsApp do celular para parear: Configurações, Aparelhos conectados, Conectar um aparelho. O código de pareamento abaixo faz o mesmo sem a câmera.</translation>
    </message>
    <message>
        <source>Asking the server for a code…</source>
        <translation>Pedindo um código ao servidor…</translation>
    </message>
    <message>
        <source>Type the phone number with country and area code, at least 8 digits.</source>
        <translation>Digite o número do telefone com código do país e DDD, pelo menos 8 dígitos.</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::ProxyGroup</name>
    <message>
        <source>Network proxy</source>
        <translation>Proxy de rede</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Servidor do proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Porta do proxy</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Usuário do proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Senha do proxy</translation>
    </message>
    <message>
        <source>About the proxy password</source>
        <translation>Sobre a senha do proxy</translation>
    </message>
    <message>
        <source>Use the system proxy settings</source>
        <translation>Usar as configurações de proxy do sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sem proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>Proxy HTTP</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>Proxy SOCKS5</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.exemplo.com.br</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>Only if the proxy asks for one</source>
        <translation>Só se o proxy pedir</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <source>Enter the user name for the proxy password, or clear the password.</source>
        <translation>Informe o usuário da senha do proxy ou apague a senha.</translation>
    </message>
    <message>
        <source>No keychain is available: the proxy password is kept only until vzaps-desk quits.</source>
        <translation>Não há chaveiro disponível: a senha do proxy fica guardada só até o vzaps-desk fechar.</translation>
    </message>
    <message>
        <source>Loading the saved password…</source>
        <translation>Carregando a senha salva…</translation>
    </message>
    <message>
        <source>Only with a user name</source>
        <translation>Só com um usuário</translation>
    </message>
    <message>
        <source>The saved proxy password could not be read: %1</source>
        <translation>Não foi possível ler a senha salva do proxy: %1</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::RestartDialog</name>
    <message>
        <source>Restart instance</source>
        <translation>Reiniciar instância</translation>
    </message>
    <message>
        <source>Restart %1?

Its WhatsApp connection drops for a moment and comes back by itself.</source>
        <translation>Reiniciar %1?

A conexão do WhatsApp cai por um instante e volta sozinha.</translation>
    </message>
    <message>
        <source>Restart %1?

It is not connected to WhatsApp, and a restart does not change that: pair it to connect it.</source>
        <translation>Reiniciar %1?

Ela não está conectada ao WhatsApp, e reiniciar não muda isso: pareie-a para conectá-la.</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Restarting…</source>
        <translation>Reiniciando…</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Restart requested.</source>
        <translation>Reinício solicitado.</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::ResumeSubscriptionDialog</name>
    <message>
        <source>Resume the subscription of %1?</source>
        <translation>Retomar a assinatura de %1?</translation>
    </message>
    <message>
        <source>This undoes the cancellation scheduled for %1; the subscription then renews as usual.</source>
        <translation>Isto desfaz o cancelamento programado para %1; a assinatura volta a ser renovada normalmente.</translation>
    </message>
    <message>
        <source>This undoes a scheduled cancellation. None is known here; the server will say if there is nothing to resume.</source>
        <translation>Isto desfaz um cancelamento programado. Nenhum é conhecido aqui; o servidor avisará se não houver nada a retomar.</translation>
    </message>
    <message>
        <source>Resume subscription</source>
        <translation>Retomar assinatura</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Retomando…</translation>
    </message>
    <message>
        <source>Subscription resumed: the scheduled cancellation is undone.</source>
        <translation>Assinatura retomada: o cancelamento programado foi desfeito.</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::SaveViewDialog</name>
    <message>
        <source>Save view</source>
        <translation>Salvar visão</translation>
    </message>
    <message>
        <source>The search, the status filter, the sort and the visible columns are saved under this name, for this account.</source>
        <translation>A busca, o filtro de status, a ordenação e as colunas visíveis são salvos com este nome, para esta conta.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>A view named “%1” exists; saving replaces it.</source>
        <translation>Já existe uma visão chamada “%1”; salvar a substitui.</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::ScanBar</name>
    <message>
        <source>Status filter</source>
        <translation>Filtro de status</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Parar a leitura</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Ler de novo</translation>
    </message>
    <message>
        <source>Reading the account…</source>
        <translation>Lendo a conta…</translation>
    </message>
    <message>
        <source>Reading the account: %1 of %2…</source>
        <translation>Lendo a conta: %1 de %2…</translation>
    </message>
    <message>
        <source>Reading stopped after %1 of %2: %3</source>
        <translation>A leitura parou em %1 de %2: %3</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2; these are the matches so far.</source>
        <translation>Parou em %1 de %2; estes são os resultados até aqui.</translation>
    </message>
    <message>
        <source>%1 of %2 match · read %3</source>
        <translation>%1 de %2 correspondem · lido %3</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>há %n min</numerusform>
            <numerusform>há %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limited by the server; reading on in %1 s (%2 of %3 read)</source>
        <translation>Limite de requisições do servidor; a leitura continua em %1 s (%2 de %3 lidas)</translation>
    </message>
    <message>
        <source>%1 match, as the server filtered them · read %2</source>
        <translation>%1 correspondem, como o servidor filtrou · lido %2</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::SearchField</name>
    <message>
        <source>In the search field</source>
        <translation>No campo de busca</translation>
    </message>
    <message>
        <source>Move to the results</source>
        <translation>Ir para os resultados</translation>
    </message>
    <message>
        <source>Show the first match&apos;s details</source>
        <translation>Mostrar os detalhes do primeiro resultado</translation>
    </message>
    <message>
        <source>Clear the search, then leave the field</source>
        <translation>Limpar a busca e depois sair do campo</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::SettingsDialog</name>
    <message>
        <source>Off</source>
        <translation>Desligada</translation>
    </message>
    <message>
        <source>Every 15 seconds</source>
        <translation>A cada 15 segundos</translation>
    </message>
    <message>
        <source>Every 30 seconds</source>
        <translation>A cada 30 segundos</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>A cada minuto</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>A cada 5 minutos</translation>
    </message>
    <message>
        <source>Every %1 seconds</source>
        <translation>A cada %1 segundos</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>Atualização automática</translation>
    </message>
    <message>
        <source>Default rows per page</source>
        <translation>Linhas por página padrão</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Tempo limite da requisição em segundos</translation>
    </message>
    <message>
        <source>Ask me to type the instance name</source>
        <translation>Pedir que eu digite o nome da instância</translation>
    </message>
    <message>
        <source>Type the instance name to confirm delete and cancel</source>
        <translation>Digitar o nome da instância para confirmar exclusão e cancelamento</translation>
    </message>
    <message>
        <source>When a watched instance &amp;disconnects</source>
        <translation>Quando uma instância acompanhada &amp;desconectar</translation>
    </message>
    <message>
        <source>Notify when a watched instance disconnects</source>
        <translation>Avisar quando uma instância acompanhada desconectar</translation>
    </message>
    <message>
        <source>When a watched instance &amp;connects</source>
        <translation>Quando uma instância acompanhada &amp;conectar</translation>
    </message>
    <message>
        <source>Notify when a watched instance connects</source>
        <translation>Avisar quando uma instância acompanhada conectar</translation>
    </message>
    <message>
        <source>Reset window layout</source>
        <translation>Restaurar o layout da janela</translation>
    </message>
    <message>
        <source>About the window layout</source>
        <translation>Sobre o layout da janela</translation>
    </message>
    <message>
        <source>Why OK is disabled</source>
        <translation>Por que o OK está desativado</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>O que deu errado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Andamento</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botões da caixa de diálogo</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>Saving the proxy password…</source>
        <translation>Salvando a senha do proxy…</translation>
    </message>
    <message>
        <source>Done: the window size, the splitter and the table&apos;s columns are back to their defaults.</source>
        <translation>Pronto: o tamanho da janela, o divisor e as colunas da tabela voltaram ao padrão.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh:</source>
        <translation>&amp;Atualização automática:</translation>
    </message>
    <message>
        <source>Default &amp;rows per page:</source>
        <translation>&amp;Linhas por página padrão:</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Tempo limite da requisição:</translation>
    </message>
    <message>
        <source>Delete and cancel:</source>
        <translation>Excluir e cancelar:</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notificações da área de trabalho</translation>
    </message>
    <message>
        <source>Watched instances are those pinned with Watch live.</source>
        <translation>Instâncias acompanhadas são as marcadas com Acompanhar ao vivo.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
    <message>
        <source>Puts the window size, the splitter and the table&apos;s columns back to their defaults, at once.</source>
        <translation>Restaura o tamanho da janela, o divisor e as colunas da tabela ao padrão, imediatamente.</translation>
    </message>
    <message>
        <source>The other settings were saved, but the proxy password was not: %1</source>
        <translation>As outras configurações foram salvas, mas a senha do proxy não: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>About the language</source>
        <translation>Sobre o idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>The new language shows the next time VZaps Desk starts.</source>
        <translation>O novo idioma aparece na próxima vez que o VZaps Desk for aberto.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation>Salvando as configurações…</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::SetupPage</name>
    <message>
        <source>Set up</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>VZaps Desk needs your VZaps API credentials</source>
        <translation>O VZaps Desk precisa das suas credenciais da API da VZaps</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>How to set up</source>
        <translation>Como configurar</translation>
    </message>
    <message>
        <source>No account is set up yet. Sign in with your account&apos;s client token and secret (the secret is kept in your system&apos;s keychain):</source>
        <translation>Nenhuma conta foi configurada ainda. Entre com o token e o segredo do cliente da sua conta (o segredo fica guardado no chaveiro do sistema):</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Entrar…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Credentials from the environment</source>
        <translation>Credenciais do ambiente</translation>
    </message>
    <message>
        <source>Or, for scripts, set them in the environment and start VZaps Desk again:</source>
        <translation>Ou, para scripts, defina-as no ambiente e abra o VZaps Desk de novo:</translation>
    </message>
    <message>
        <source>Commands to set the credentials</source>
        <translation>Comandos para definir as credenciais</translation>
    </message>
    <message>
        <source>Other servers</source>
        <translation>Outros servidores</translation>
    </message>
    <message>
        <source>Add --base-url URL to use a server other than %1.</source>
        <translation>Acrescente --base-url URL para usar outro servidor que não %1.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>No account yet? Try everything against a local sandbox with demo data: start vzaps-desk --sandbox, or use this button:</source>
        <translation>Ainda não tem conta? Experimente tudo em um sandbox local com dados de demonstração: rode vzaps-desk --sandbox ou use este botão:</translation>
    </message>
    <message>
        <source>Start the sandbox</source>
        <translation>Iniciar o sandbox</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Besides these keys, Alt and an underlined letter open a menu, or choose the item or field of a dialog that has that letter.</source>
        <translation>Além destas teclas, Alt e uma letra sublinhada abrem um menu ou escolhem o item ou campo de uma janela que tem essa letra.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>vzaps::ui::SignInDialog</name>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Teste de conexão</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botões da caixa de diálogo</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Salvar &amp;mesmo assim</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Salvar mesmo assim</translation>
    </message>
    <message>
        <source>Sign in to VZaps</source>
        <translation>Entrar na VZaps</translation>
    </message>
    <message>
        <source>About signing in</source>
        <translation>Sobre o login</translation>
    </message>
    <message>
        <source>Sign in with your VZaps account&apos;s client token and client secret. They are checked with the server before anything is saved; the secret never goes to a settings file.</source>
        <translation>Entre com o token e o segredo do cliente da sua conta VZaps. Eles são verificados com o servidor antes de qualquer coisa ser salva; o segredo nunca vai para um arquivo de configurações.</translation>
    </message>
    <message>
        <source>Why testing is not possible yet</source>
        <translation>Por que ainda não dá para testar</translation>
    </message>
    <message>
        <source>Why saving is not possible yet</source>
        <translation>Por que ainda não dá para salvar</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>The server could not be reached, so the credentials are untested. Save them anyway and sign in later.</source>
        <translation>Não foi possível falar com o servidor, então as credenciais não foram testadas. Salve-as mesmo assim e entre depois.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>About the sandbox</source>
        <translation>Sobre o sandbox</translation>
    </message>
    <message>
        <source>No account yet? Try everything on a local sandbox with demo data.</source>
        <translation>Ainda não tem conta? Experimente tudo em um sandbox local com dados de demonstração.</translation>
    </message>
    <message>
        <source>Try the sand&amp;box</source>
        <translation>Experimentar o sand&amp;box</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Experimentar o sandbox</translation>
    </message>
    <message>
        <source>Edit account “%1”</source>
        <translation>Editar a conta “%1”</translation>
    </message>
    <message>
        <source>Change the account&apos;s name, server or credentials. Changed credentials are checked with the server before they are saved.</source>
        <translation>Altere o nome, o servidor ou as credenciais da conta. Credenciais alteradas são verificadas com o servidor antes de serem salvas.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>The test was stopped because the details changed.</source>
        <translation>O teste foi interrompido porque os dados mudaram.</translation>
    </message>
    <message>
        <source>Sign in and list one instance, without saving anything</source>
        <translation>Entra e lista uma instância, sem salvar nada</translation>
    </message>
    <message>
        <source>Checking the connection to %1 before saving…</source>
        <translation>Verificando a conexão com %1 antes de salvar…</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Testando a conexão com %1…</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Verificando a conexão…</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::SignInFields</name>
    <message>
        <source>Account name</source>
        <translation>Nome da conta</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>Realtime address</source>
        <translation>Endereço de tempo real</translation>
    </message>
    <message>
        <source>Client token</source>
        <translation>Token do cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Segredo do cliente</translation>
    </message>
    <message>
        <source>What you call this account, like “Support team”</source>
        <translation>Como você chama esta conta, por exemplo “Equipe de suporte”</translation>
    </message>
    <message>
        <source>Where live updates of instances come from. Leave empty for the server&apos;s usual address, shown greyed.</source>
        <translation>De onde vêm as atualizações ao vivo das instâncias. Deixe vazio para o endereço usual do servidor, mostrado em cinza.</translation>
    </message>
    <message>
        <source>Like ct_…</source>
        <translation>Como ct_…</translation>
    </message>
    <message>
        <source>Like cs_…</source>
        <translation>Como cs_…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>Client t&amp;oken:</source>
        <translation>T&amp;oken do cliente:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Se&amp;gredo do cliente:</translation>
    </message>
    <message>
        <source>&amp;Realtime:</source>
        <translation>Tempo &amp;real:</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Deixe vazio para manter o segredo guardado</translation>
    </message>
    <message>
        <source>Enter a name for this account.</source>
        <translation>Informe um nome para esta conta.</translation>
    </message>
    <message>
        <source>Another account is already called “%1”; choose another name.</source>
        <translation>Outra conta já se chama “%1”; escolha outro nome.</translation>
    </message>
    <message>
        <source>realtime address</source>
        <translation>endereço de tempo real</translation>
    </message>
    <message>
        <source>Enter the client token.</source>
        <translation>Informe o token do cliente.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Informe o segredo do cliente.</translation>
    </message>
    <message>
        <source>Enter the client secret: a changed server or token is tested with it before saving.</source>
        <translation>Informe o segredo do cliente: um servidor ou token alterado é testado com ele antes de salvar.</translation>
    </message>
    <message>
        <source>Enter the client secret to test the connection.</source>
        <translation>Informe o segredo do cliente para testar a conexão.</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::StaleBanner</name>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Mensagem de erro</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not refresh; the rows below may be out of date.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Não foi possível atualizar; as linhas abaixo podem estar desatualizadas.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::StatusFilterButton</name>
    <message>
        <source>Show only the instances in these states, from the whole account</source>
        <translation>Mostrar só as instâncias nestes estados, de toda a conta</translation>
    </message>
    <message>
        <source>&amp;Connected</source>
        <translation>&amp;Conectadas</translation>
    </message>
    <message>
        <source>&amp;Disconnected</source>
        <translation>&amp;Desconectadas</translation>
    </message>
    <message numerus="yes">
        <source>Cancels &amp;soon (within %n days)</source>
        <translation>
            <numerusform>Cancela em &amp;breve (em até %n dia)</numerusform>
            <numerusform>Cancela em &amp;breve (em até %n dias)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Mostrar &amp;todas</translation>
    </message>
    <message>
        <source>Status: all</source>
        <translation>Status: todas</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>&amp;Match any checked state</source>
        <translation>Qualquer estado &amp;marcado</translation>
    </message>
    <message>
        <source>Show the instances in any one of the checked states, not only those in all of them</source>
        <translation>Mostra as instâncias em qualquer um dos estados marcados, não só as que estão em todos</translation>
    </message>
    <message>
        <source>Counts: not known yet</source>
        <translation>Contagens: ainda não conhecidas</translation>
    </message>
    <message>
        <source>Counts: the server&apos;s summary of this search</source>
        <translation>Contagens: o resumo do servidor para esta busca</translation>
    </message>
    <message>
        <source>Counts: read from the whole account, %1</source>
        <translation>Contagens: lidas da conta inteira, %1</translation>
    </message>
    <message>
        <source>Status: any of %1</source>
        <translation>Status: qualquer de %1</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::SubscribeDialog</name>
    <message>
        <source>Subscribe</source>
        <translation>Assinar</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Start a paid subscription for “%1” (%2)?</source>
        <translation>Iniciar uma assinatura paga para “%1” (%2)?</translation>
    </message>
    <message>
        <source>Billing status now: %1.</source>
        <translation>Status de cobrança agora: %1.</translation>
    </message>
    <message>
        <source>With a card on file the subscription starts at once. Otherwise a checkout page opens in your web browser, and a small window waits for the payment.</source>
        <translation>Com um cartão cadastrado, a assinatura começa na hora. Se não houver, uma página de checkout abre no seu navegador, e uma pequena janela aguarda o pagamento.</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Assinar</translation>
    </message>
    <message>
        <source>Subscribing…</source>
        <translation>Assinando…</translation>
    </message>
    <message>
        <source>Subscription active</source>
        <translation>Assinatura ativa</translation>
    </message>
    <message>
        <source>Subscription active (%1)</source>
        <translation>Assinatura ativa (%1)</translation>
    </message>
    <message>
        <source>open the checkout page</source>
        <translation>abrir a página de checkout</translation>
    </message>
    <message>
        <source>Checkout started; page opened in the browser.</source>
        <translation>Checkout iniciado; página aberta no navegador.</translation>
    </message>
    <message>
        <source>Checkout started; no browser opened, the link was copied.</source>
        <translation>Checkout iniciado; nenhum navegador abriu, o link foi copiado.</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::TokenField</name>
    <message>
        <source>Instance token</source>
        <translation>Token da instância</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy instance token</source>
        <translation>Copiar o token da instância</translation>
    </message>
    <message>
        <source>Copy the instance token to the clipboard</source>
        <translation>Copia o token da instância para a área de transferência</translation>
    </message>
    <message>
        <source>Instance token copied to the clipboard.</source>
        <translation>Token da instância copiado para a área de transferência.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>Hidden. Press Reveal to show it.</source>
        <translation>Oculto. Clique em Revelar para mostrá-lo.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <source>Hide instance token</source>
        <translation>Ocultar o token da instância</translation>
    </message>
    <message>
        <source>Reveal instance token</source>
        <translation>Revelar o token da instância</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::TypeToConfirm</name>
    <message>
        <source>What to type</source>
        <translation>O que digitar</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmação</translation>
    </message>
    <message>
        <source>Type to confirm</source>
        <translation>Digite para confirmar</translation>
    </message>
    <message>
        <source>Type %1 to confirm.</source>
        <translation>Digite %1 para confirmar.</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::TypedConfirmationDialog</name>
    <message>
        <source>Type the instance ID, %1, to confirm.</source>
        <translation>Digite o ID da instância, %1, para confirmar.</translation>
    </message>
    <message>
        <source>Type %1 to confirm.</source>
        <translation>Digite %1 para confirmar.</translation>
    </message>
    <message>
        <source>Type the instance ID to confirm</source>
        <translation>Digite o ID da instância para confirmar</translation>
    </message>
    <message>
        <source>Type the instance name to confirm</source>
        <translation>Digite o nome da instância para confirmar</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::ViewExportFlow</name>
    <message>
        <source>JSON, the instances as the server sends them (*.json)</source>
        <translation>JSON, as instâncias como o servidor as envia (*.json)</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Exportar visão</translation>
    </message>
    <message>
        <source>Reading the instances of the view…</source>
        <translation>Lendo as instâncias da visão…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Export stopped; nothing was written.</source>
        <translation>Exportação interrompida; nada foi gravado.</translation>
    </message>
    <message>
        <source>Reading the instances of the view: %1 of %2…</source>
        <translation>Lendo as instâncias da visão: %1 de %2…</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited by the server; reading on in %n s…</source>
        <translation>
            <numerusform>Limite de requisições do servidor; a leitura continua em %n s…</numerusform>
            <numerusform>Limite de requisições do servidor; a leitura continua em %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the whole view, so nothing was written: %1</source>
        <translation>Não foi possível ler a visão inteira, então nada foi gravado: %1</translation>
    </message>
    <message>
        <source>Could not export the view to %1: %2. Choose another folder or file name.</source>
        <translation>Não foi possível exportar a visão para %1: %2. Escolha outra pasta ou outro nome de arquivo.</translation>
    </message>
    <message>
        <source>Exported 1 instance to %1.</source>
        <translation>1 instância exportada para %1.</translation>
    </message>
    <message>
        <source>Exported %1 instances to %2.</source>
        <translation>%1 instâncias exportadas para %2.</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::ViewsHost</name>
    <message>
        <source>View</source>
        <translation>Visão</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>&amp;Salvar visão…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Salvar visão</translation>
    </message>
    <message>
        <source>De&amp;lete view</source>
        <translation>&amp;Excluir visão</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Excluir visão</translation>
    </message>
    <message>
        <source>Export &amp;view…</source>
        <translation>Exportar &amp;visão…</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Exportar visão</translation>
    </message>
    <message>
        <source>Search &amp;all fields</source>
        <translation>Buscar em todos os cam&amp;pos</translation>
    </message>
    <message>
        <source>Search all fields</source>
        <translation>Buscar em todos os campos</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visões</translation>
    </message>
    <message>
        <source>Views: a search, a status filter and a sort kept under a name</source>
        <translation>Visões: uma busca, um filtro de status e uma ordenação guardados com um nome</translation>
    </message>
    <message>
        <source>Keep the search, the status filter, the sort and the columns under a name</source>
        <translation>Guarda a busca, o filtro de status, a ordenação e as colunas com um nome</translation>
    </message>
    <message>
        <source>Save every instance of this view, not only this page, as CSV or JSON</source>
        <translation>Salva todas as instâncias desta visão, não só esta página, como CSV ou JSON</translation>
    </message>
    <message>
        <source>Match the search in every field: phone, push name, webhook, labels and events, over the whole account</source>
        <translation>Busca o texto em todos os campos: telefone, nome no WhatsApp, webhook, etiquetas e eventos, na conta inteira</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unsaved view</source>
        <translation>Visão não salva</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>Visão: %1</translation>
    </message>
    <message>
        <source>De&amp;lete view “%1”</source>
        <translation>&amp;Excluir visão “%1”</translation>
    </message>
    <message>
        <source>Only a view you saved can be deleted</source>
        <translation>Só uma visão que você salvou pode ser excluída</translation>
    </message>
    <message>
        <source>Delete this saved view; no instance is touched</source>
        <translation>Exclui esta visão salva; nenhuma instância é alterada</translation>
    </message>
    <message>
        <source>Saved the view “%1”.</source>
        <translation>Visão “%1” salva.</translation>
    </message>
    <message>
        <source>Could not save the view “%1”: at most %2 views can be saved; delete one first.</source>
        <translation>Não foi possível salvar a visão “%1”: no máximo %2 visões podem ser salvas; exclua uma antes.</translation>
    </message>
    <message>
        <source>Delete the view “%1”? Its instances are not touched.</source>
        <translation>Excluir a visão “%1”? Suas instâncias não são alteradas.</translation>
    </message>
    <message>
        <source>Deleted the view “%1”.</source>
        <translation>Visão “%1” excluída.</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::WatchButton</name>
    <message>
        <source>Watch live</source>
        <translation>Acompanhar ao vivo</translation>
    </message>
    <message>
        <source>✓ Watching live</source>
        <translation>✓ Acompanhando ao vivo</translation>
    </message>
    <message>
        <source>Stop watching this instance live</source>
        <translation>Parar de acompanhar esta instância ao vivo</translation>
    </message>
    <message>
        <source>Watch this instance live, also while another one is shown (up to %1)</source>
        <translation>Acompanha esta instância ao vivo, mesmo enquanto outra estiver sendo exibida (até %1)</translation>
    </message>
    <message>
        <source>Stopped watching “%1” live.</source>
        <translation>“%1” não está mais sendo acompanhada ao vivo.</translation>
    </message>
    <message>
        <source>%1 instances are watched already, the most there can be. Stop watching one first.</source>
        <translation>Já há %1 instâncias sendo acompanhadas, o máximo permitido. Pare de acompanhar alguma primeiro.</translation>
    </message>
    <message>
        <source>Watching “%1” live (%2 of %3).</source>
        <translation>Acompanhando “%1” ao vivo (%2 de %3).</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::WindowStatusBar</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>Atualizações ao vivo</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última atualização</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connected to the local sandbox: demo data, no real account.</source>
        <translation>Conectado ao sandbox local: dados de demonstração, nenhuma conta real.</translation>
    </message>
    <message>
        <source>The instance shown in the details is updated live while its realtime connection is open; the table refreshes on its interval.</source>
        <translation>A instância mostrada nos detalhes é atualizada ao vivo enquanto a conexão de tempo real estiver aberta; a tabela atualiza no intervalo definido.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Account and server of this window</source>
        <translation>Conta e servidor desta janela</translation>
    </message>
    <message>
        <source>Updated %1 s ago</source>
        <translation>Atualizado há %1 s</translation>
    </message>
    <message>
        <source>Updated %1 min ago</source>
        <translation>Atualizado há %1 min</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Atualizado às %1</translation>
    </message>
    <message>
        <source>Refreshes every %1 s while the window is shown</source>
        <translation>Atualiza a cada %1 s enquanto a janela está visível</translation>
    </message>
    <message>
        <source>Automatic refresh is off; F5 refreshes</source>
        <translation>A atualização automática está desligada; F5 atualiza</translation>
    </message>
    <message>
        <source>⚠ Notice</source>
        <translation>⚠ Aviso</translation>
    </message>
</context>
<context>
    <name>vzaps::ui::confirm</name>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>%1 Status: %2.</source>
        <translation>%1 Status: %2.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>vzaps::urlguard</name>
    <message>
        <source>The link is not a complete web address, so it was not opened.</source>
        <translation>O link não é um endereço web completo, por isso não foi aberto.</translation>
    </message>
    <message>
        <source>The link leads to %1, not to the address before its “@”, so it was not opened.</source>
        <translation>O link leva a %1, não ao endereço antes do “@”, por isso não foi aberto.</translation>
    </message>
    <message>
        <source>The link uses unencrypted http:// on %1, so it was not opened. Only https:// links (and http:// on this computer, for the sandbox) are opened.</source>
        <translation>O link usa http:// sem criptografia em %1, por isso não foi aberto. Só links https:// são abertos (e http:// neste computador, para o sandbox).</translation>
    </message>
    <message>
        <source>Links of type &quot;%1:&quot; are not opened; only https:// web pages are.</source>
        <translation>Links do tipo &quot;%1:&quot; não são abertos; só páginas web https:// são.</translation>
    </message>
</context>
<context>
    <name>vzaps::validation</name>
    <message>
        <source>The name needs at least %1 characters.</source>
        <translation>O nome precisa ter pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters (it has %2).</source>
        <translation>O nome pode ter no máximo %1 caracteres (ele tem %2).</translation>
    </message>
    <message>
        <source>The %1 must be an http:// or https:// address with a host, like https://example.com/hook.</source>
        <translation>O campo “%1” precisa ser um endereço http:// ou https:// com um servidor, como https://example.com/hook.</translation>
    </message>
    <message>
        <source>The %1 must be a wss:// or ws:// address with a host, like wss://realtime.vzaps.com.</source>
        <translation>O campo “%1” precisa ser um endereço wss:// ou ws:// com um servidor, como wss://realtime.vzaps.com.</translation>
    </message>
    <message>
        <source>Unknown event name(s): %1. Valid names: %2.</source>
        <translation>Nome(s) de evento desconhecido(s): %1. Nomes válidos: %2.</translation>
    </message>
    <message>
        <source>&quot;All&quot; already includes every event; choose it alone.</source>
        <translation>&quot;All&quot; já inclui todos os eventos; escolha-o sozinho.</translation>
    </message>
    <message>
        <source>The page number must be 1 or more.</source>
        <translation>O número da página precisa ser 1 ou mais.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>O tamanho da página precisa ficar entre 1 e %1.</translation>
    </message>
    <message>
        <source>An instance id is needed.</source>
        <translation>É preciso o ID de uma instância.</translation>
    </message>
    <message>
        <source>That is not an instance id: it is longer than %1 characters.</source>
        <translation>Isso não é um ID de instância: tem mais de %1 caracteres.</translation>
    </message>
    <message>
        <source>That is not an instance id: it holds control characters.</source>
        <translation>Isso não é um ID de instância: tem caracteres de controle.</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>webhook</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one field.</source>
        <translation>Nada a alterar: informe pelo menos um campo.</translation>
    </message>
    <message>
        <source>success URL</source>
        <translation>URL de sucesso</translation>
    </message>
    <message>
        <source>cancel URL</source>
        <translation>URL de cancelamento</translation>
    </message>
</context>
</TS>
