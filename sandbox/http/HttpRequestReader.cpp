#include "sandbox/http/HttpRequestReader.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace vzsandbox {

namespace {

constexpr qsizetype kMaxChunkSizeLine = 4096;

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Field values may hold visible characters, spaces, tabs and obs-text; never CR, LF or NUL.
bool isFieldValue(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

// The comma-separated tokens of a header such as Connection, lower case.
QList<QByteArray> tokensOf(const QByteArray &value)
{
    QList<QByteArray> tokens;
    for (const QByteArray &part : value.split(','))
        tokens.append(part.trimmed().toLower());
    return tokens;
}

} // namespace

HttpRequestReader::HttpRequestReader(HttpLimits limits)
    : m_limits(limits)
{}

void HttpRequestReader::feed(QByteArrayView bytes)
{
    if (m_failure || bytes.isEmpty())
        return;
    m_buffer.append(bytes);
    parse();
}

std::optional<Request> HttpRequestReader::take()
{
    std::optional<Request> request = std::exchange(m_ready, std::nullopt);
    if (request)
        parse(); // the next pipelined request may already be here
    return request;
}

void HttpRequestReader::consume(qsizetype bytes)
{
    m_buffer.remove(0, bytes);
}

void HttpRequestReader::parse()
{
    // One complete request at a time: the next waits in the buffer until this one is taken.
    bool progress = true;
    while (progress && !m_failure && !m_ready) {
        switch (m_state) {
        case State::Head: {
            // Empty lines before a request line are allowed (RFC 9112 §2.2).
            qsizetype skip = 0;
            while (skip + 1 < m_buffer.size() && m_buffer.at(skip) == '\r' &&
                   m_buffer.at(skip + 1) == '\n')
                skip += 2;
            if (skip > 0)
                consume(skip);
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > m_limits.maxHeadBytes)
                    failHeadTooLarge();
                progress = false;
                break;
            }
            if (end + 4 > m_limits.maxHeadBytes) {
                failHeadTooLarge();
                break;
            }
            const bool parsed = parseHead(QByteArrayView(m_buffer).first(end));
            consume(end + 4);
            progress = parsed;
            break;
        }
        case State::FixedBody:
            progress = readBody(State::Done);
            break;
        case State::ChunkSize:
            progress = readChunkSize();
            break;
        case State::ChunkData:
            progress = readBody(State::ChunkDataEnd);
            break;
        case State::ChunkDataEnd:
            progress = readChunkDataEnd();
            break;
        case State::Trailers:
            progress = readTrailers();
            break;
        case State::Done:
            complete();
            break;
        }
    }
}

bool HttpRequestReader::parseHead(QByteArrayView head)
{
    m_current = Request();
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArrayView requestLine = lineEnd < 0 ? head : head.first(lineEnd);
    const QList<QByteArray> parts = requestLine.toByteArray().split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty()) {
        fail(400, u"The request line is not \"METHOD target HTTP/1.1\"."_s);
        return false;
    }
    m_current.method = parts.at(0);
    const QByteArray &target = parts.at(1);
    m_current.version = parts.at(2);
    if (!m_current.version.startsWith("HTTP/")) {
        fail(400, u"The request line is not \"METHOD target HTTP/1.1\"."_s);
        return false;
    }

    QUrl url;
    if (target.startsWith('/'))
        url = QUrl::fromEncoded("http://sandbox" + target, QUrl::TolerantMode);
    else if (target.startsWith("http://") || target.startsWith("https://"))
        url = QUrl::fromEncoded(target, QUrl::TolerantMode);
    else if (target == "*" && m_current.method == "OPTIONS")
        url = QUrl(u"http://sandbox"_s);
    m_current.path = url.isValid() ? url.path() : QString();
    if (!url.isValid() || (!m_current.path.startsWith(u'/') && target != "*")) {
        fail(400, u"The request target is not a path."_s);
        return false;
    }
    if (target == "*")
        m_current.path = u"*"_s;
    if (m_current.version != "HTTP/1.1" && m_current.version != "HTTP/1.0") {
        fail(505, u"Only HTTP/1.1 and HTTP/1.0 are spoken here."_s);
        return false;
    }
    for (const QString &segment : url.path(QUrl::FullyEncoded).split(u'/', Qt::SkipEmptyParts))
        m_current.segments.append(QUrl::fromPercentEncoding(segment.toLatin1()));
    m_current.query = QUrlQuery(url.query(QUrl::FullyEncoded));

    qsizetype at = lineEnd < 0 ? head.size() : lineEnd + 2;
    while (at < head.size()) {
        qsizetype next = head.indexOf("\r\n", at);
        if (next < 0)
            next = head.size();
        const QByteArrayView line = head.sliced(at, next - at);
        at = next + 2;
        const qsizetype colon = line.indexOf(':');
        // No folded lines, no space before the colon (RFC 9112 §5.1, §5.2).
        if (colon <= 0 || !isToken(line.first(colon))) {
            fail(400, u"A header line is not \"Name: value\"."_s);
            return false;
        }
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArray value = line.sliced(colon + 1).toByteArray().trimmed();
        if (!isFieldValue(value)) {
            fail(400, u"The %1 header holds control characters."_s.arg(QString::fromLatin1(name)));
            return false;
        }
        auto existing = m_current.headers.find(name);
        if (existing == m_current.headers.end()) {
            m_current.headers.insert(name, value);
        } else if (name == "content-length") {
            if (*existing != value) {
                fail(400, u"The request has two different Content-Length headers."_s);
                return false;
            }
        } else {
            *existing += ", " + value;
        }
    }

    const QByteArray transferEncoding = m_current.header("transfer-encoding"_ba);
    const bool hasContentLength = m_current.headers.contains("content-length"_ba);
    const QByteArray contentLength = m_current.header("content-length"_ba);
    m_continueWanted = m_current.header("expect"_ba).toLower() == "100-continue";
    if (m_current.headers.contains("transfer-encoding"_ba)) {
        if (hasContentLength) {
            fail(400, u"The request has both Transfer-Encoding and Content-Length."_s);
            return false;
        }
        if (transferEncoding.toLower() != "chunked") {
            fail(501, u"Only the chunked transfer coding is understood."_s);
            return false;
        }
        m_state = State::ChunkSize;
        return true;
    }
    if (!hasContentLength) {
        m_state = State::Done;
        return true;
    }
    bool ok = false;
    const qint64 length = contentLength.toLongLong(&ok);
    const bool digitsOnly = std::all_of(contentLength.cbegin(), contentLength.cend(),
                                        [](char c) { return c >= '0' && c <= '9'; });
    if (!ok || !digitsOnly || contentLength.isEmpty() || length < 0) {
        fail(400, u"Content-Length is not a number."_s);
        return false;
    }
    if (length > m_limits.maxBodyBytes) {
        failBodyTooLarge();
        return false;
    }
    m_bodyRemaining = length;
    m_state = length > 0 ? State::FixedBody : State::Done;
    return true;
}

// Body bytes of a fixed-length body or of a chunk; then `next`.
bool HttpRequestReader::readBody(State next)
{
    const qsizetype available = qMin<qint64>(m_buffer.size(), m_bodyRemaining);
    if (available == 0)
        return false;
    m_current.body.append(QByteArrayView(m_buffer).first(available));
    consume(available);
    m_bodyRemaining -= available;
    if (m_bodyRemaining == 0)
        m_state = next;
    return true;
}

bool HttpRequestReader::readChunkSize()
{
    const qsizetype end = m_buffer.indexOf("\r\n");
    if (end < 0) {
        if (m_buffer.size() > kMaxChunkSizeLine)
            fail(400, u"A chunk-size line is too long."_s);
        return false;
    }
    QByteArrayView line = QByteArrayView(m_buffer).first(end);
    if (const qsizetype extension = line.indexOf(';'); extension >= 0)
        line = line.first(extension);
    line = line.trimmed();
    // At most 15 hex digits: any size fits in a qint64 (and is far beyond the limit anyway).
    qint64 size = 0;
    bool valid = !line.isEmpty() && line.size() <= 15;
    for (qsizetype i = 0; valid && i < line.size(); ++i) {
        const char c = line.at(i);
        const int digit = (c >= '0' && c <= '9')   ? c - '0'
                          : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                          : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                                   : -1;
        valid = digit >= 0;
        size = size * 16 + qMax(digit, 0);
    }
    if (!valid) {
        fail(400, u"A chunk size is not a hexadecimal number."_s);
        return false;
    }
    consume(end + 2);
    if (m_current.body.size() + size > m_limits.maxBodyBytes) {
        failBodyTooLarge();
        return false;
    }
    m_bodyRemaining = size;
    m_state = size == 0 ? State::Trailers : State::ChunkData;
    m_trailerBytes = 0;
    return true;
}

bool HttpRequestReader::readChunkDataEnd()
{
    if (m_buffer.size() < 2)
        return false;
    if (!m_buffer.startsWith("\r\n")) {
        fail(400, u"A chunk does not end where its size says."_s);
        return false;
    }
    consume(2);
    m_state = State::ChunkSize;
    return true;
}

bool HttpRequestReader::readTrailers()
{
    // Trailer fields are read and dropped; they count against the head limit.
    const qsizetype end = m_buffer.indexOf("\r\n");
    if (end < 0) {
        if (m_trailerBytes + m_buffer.size() > m_limits.maxHeadBytes)
            failHeadTooLarge();
        return false;
    }
    m_trailerBytes += end + 2;
    if (m_trailerBytes > m_limits.maxHeadBytes) {
        failHeadTooLarge();
        return false;
    }
    consume(end + 2);
    if (end == 0)
        m_state = State::Done;
    return true;
}

void HttpRequestReader::complete()
{
    m_ready = std::exchange(m_current, Request());
    m_continueWanted = false;
    m_state = State::Head;
}

void HttpRequestReader::failHeadTooLarge()
{
    fail(431, u"The request line and headers (or trailers) are larger than %1 KiB."_s.arg(
                  m_limits.maxHeadBytes / 1024));
}

void HttpRequestReader::failBodyTooLarge()
{
    fail(413,
         u"The request body is larger than %1 MiB."_s.arg(m_limits.maxBodyBytes / (1024 * 1024)));
}

void HttpRequestReader::fail(int status, const QString &message)
{
    m_failure = Failure{status, message, m_current.method, m_current.path};
    m_buffer.clear();
    m_current = Request();
}

bool HttpRequestReader::wantsClose(const Request &request)
{
    const QList<QByteArray> connection = tokensOf(request.header("connection"_ba));
    if (connection.contains("close"))
        return true;
    return request.version == "HTTP/1.0" && !connection.contains("keep-alive");
}

bool HttpRequestReader::isWebSocketUpgrade(const Request &request)
{
    return request.header("upgrade"_ba).compare("websocket", Qt::CaseInsensitive) == 0;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue"_ba;
    case 200:
        return "OK"_ba;
    case 201:
        return "Created"_ba;
    case 204:
        return "No Content"_ba;
    case 303:
        return "See Other"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 408:
        return "Request Timeout"_ba;
    case 409:
        return "Conflict"_ba;
    case 413:
        return "Content Too Large"_ba;
    case 415:
        return "Unsupported Media Type"_ba;
    case 422:
        return "Unprocessable Content"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 431:
        return "Request Header Fields Too Large"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 501:
        return "Not Implemented"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    case 504:
        return "Gateway Timeout"_ba;
    case 505:
        return "HTTP Version Not Supported"_ba;
    default:
        return {};
    }
}

} // namespace vzsandbox
