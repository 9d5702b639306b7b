#include "tests/support/HttpRequestParser.h"

#include <algorithm>
#include <utility>

namespace vzaps::test {

namespace {
constexpr qsizetype MaxHeadSize = 64 * 1024;
constexpr qsizetype MaxLineSize = 4 * 1024;
constexpr qint64 MaxReserve = 64 * 1024 * 1024;

bool isDigits(QByteArrayView s)
{
    return !s.isEmpty() && s.size() <= 18 &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
} // namespace

void HttpRequestParser::feed(const QByteArray &data)
{
    if (m_pos == m_buf.size()) {
        m_buf.clear();
    } else if (m_pos > 0) {
        m_buf.remove(0, m_pos);
    }
    m_scan = std::max<qsizetype>(0, m_scan - m_pos);
    m_pos = 0;
    if (m_buf.isEmpty())
        m_buf = data; // implicitly shared, no copy
    else
        m_buf.append(data);
}

HttpRequestParser::Result HttpRequestParser::next()
{
    for (;;) {
        switch (m_state) {
        case State::Failed:
            return Result::Error;
        case State::Head: {
            // Tolerate stray CRLFs between requests (RFC 9112 section 2.2).
            while (m_buf.size() - m_pos >= 2 && m_buf.at(m_pos) == '\r' &&
                   m_buf.at(m_pos + 1) == '\n')
                m_pos += 2;
            const qsizetype end = m_buf.indexOf("\r\n\r\n", std::max(m_scan, m_pos));
            if (end < 0) {
                if (m_buf.size() - m_pos > MaxHeadSize)
                    return fail("request head too large");
                m_scan = std::max(m_pos, m_buf.size() - 3);
                return Result::NeedMore;
            }
            if (!parseHead(QByteArrayView(m_buf).sliced(m_pos, end + 2 - m_pos)))
                return Result::Error;
            m_pos = end + 4;
            m_scan = 0;
            break;
        }
        case State::Body:
            readBody();
            if (m_remaining > 0)
                return Result::NeedMore;
            m_state = State::Head;
            return Result::Request;
        case State::ChunkSize: {
            QByteArrayView line;
            if (!readLine(line))
                return m_buf.size() - m_pos > MaxLineSize ? fail("chunk size line too long")
                                                          : Result::NeedMore;
            if (const qsizetype semi = line.indexOf(';'); semi >= 0)
                line = line.first(semi); // chunk extensions are ignored
            line = line.trimmed();
            bool ok = false;
            m_remaining = line.toByteArray().toLongLong(&ok, 16);
            if (!ok || line.isEmpty() || line.size() > 15 || m_remaining < 0)
                return fail("bad chunk size");
            m_state = m_remaining == 0 ? State::Trailer : State::ChunkData;
            break;
        }
        case State::ChunkData:
            readBody();
            if (m_remaining > 0)
                return Result::NeedMore;
            m_state = State::ChunkEnd;
            break;
        case State::ChunkEnd:
            if (m_buf.size() - m_pos < 2)
                return Result::NeedMore;
            if (m_buf.at(m_pos) != '\r' || m_buf.at(m_pos + 1) != '\n')
                return fail("missing CRLF after chunk data");
            m_pos += 2;
            m_state = State::ChunkSize;
            break;
        case State::Trailer: {
            QByteArrayView line;
            if (!readLine(line))
                return m_buf.size() - m_pos > MaxLineSize ? fail("trailer line too long")
                                                          : Result::NeedMore;
            if (line.isEmpty()) { // trailer fields themselves are ignored
                m_state = State::Head;
                return Result::Request;
            }
            break;
        }
        }
    }
}

RecordedRequest HttpRequestParser::takeRequest()
{
    return std::exchange(m_request, RecordedRequest());
}

bool HttpRequestParser::parseHead(QByteArrayView head)
{
    // `head` ends with the CRLF of its last line; each line must end with CRLF.
    QList<QByteArray> lines = head.toByteArray().split('\n');
    lines.removeLast();
    const QList<QByteArray> requestLine =
        lines.first().endsWith('\r') ? lines.first().chopped(1).split(' ') : QList<QByteArray>();
    if (requestLine.size() != 3 || requestLine.at(0).isEmpty() || requestLine.at(1).isEmpty()) {
        fail("malformed request line");
        return false;
    }
    if (!requestLine.at(2).startsWith("HTTP/1.")) {
        fail("unsupported HTTP version");
        return false;
    }
    m_request.method = requestLine.at(0);
    m_request.path = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (!line.endsWith('\r') || colon <= 0 || line.startsWith(' ') || line.startsWith('\t') ||
            line.left(colon).contains(' ') || line.left(colon).contains('\t')) {
            fail("malformed header line");
            return false;
        }
        const QByteArray value = line.mid(colon + 1).trimmed(); // also drops the '\r'
        m_request.headers.append({line.left(colon), value});
    }

    const QList<QByteArray> connection = m_request.header("Connection").toLower().split(',');
    const auto hasToken = [&connection](QByteArrayView token) {
        return std::any_of(connection.begin(), connection.end(),
                           [token](const QByteArray &t) { return t.trimmed() == token; });
    };
    m_keepAlive = requestLine.at(2) == "HTTP/1.0" ? hasToken("keep-alive") : !hasToken("close");

    if (m_request.hasHeader("Transfer-Encoding")) {
        if (m_request.header("Transfer-Encoding").split(',').last().trimmed().toLower() !=
            "chunked") {
            fail("unsupported transfer coding");
            return false;
        }
        m_state = State::ChunkSize;
        return true;
    }
    m_remaining = 0;
    if (m_request.hasHeader("Content-Length")) {
        const QList<QByteArray> values = m_request.header("Content-Length").split(',');
        for (const QByteArray &v : values) {
            if (!isDigits(v.trimmed()) || v.trimmed() != values.first().trimmed()) {
                fail("bad Content-Length");
                return false;
            }
        }
        m_remaining = values.first().trimmed().toLongLong();
        m_request.body.reserve(std::min(m_remaining, MaxReserve));
    }
    m_state = State::Body;
    return true;
}

bool HttpRequestParser::readLine(QByteArrayView &line)
{
    const qsizetype end = m_buf.indexOf("\r\n", m_pos);
    if (end < 0)
        return false;
    line = QByteArrayView(m_buf).sliced(m_pos, end - m_pos);
    m_pos = end + 2;
    return true;
}

void HttpRequestParser::readBody()
{
    const qint64 n = std::min<qint64>(m_remaining, m_buf.size() - m_pos);
    if (n <= 0)
        return;
    m_request.body.append(m_buf.constData() + m_pos, qsizetype(n));
    m_pos += qsizetype(n);
    m_remaining -= n;
}

HttpRequestParser::Result HttpRequestParser::fail(const char *message)
{
    m_state = State::Failed;
    m_error = message;
    return Result::Error;
}

} // namespace vzaps::test
