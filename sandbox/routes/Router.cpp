#include "sandbox/routes/Router.h"

using namespace Qt::StringLiterals;

namespace vzsandbox {

namespace {
bool isParameter(const QString &segment)
{
    return segment.startsWith(u'{') && segment.endsWith(u'}');
}

// -1 when the path does not fit the pattern, else the number of literal segments.
int specificity(const QStringList &pattern, const QStringList &segments)
{
    if (pattern.size() != segments.size())
        return -1;
    int literals = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (isParameter(pattern.at(i))) {
            if (segments.at(i).isEmpty())
                return -1;
        } else if (pattern.at(i) == segments.at(i)) {
            ++literals;
        } else {
            return -1;
        }
    }
    return literals;
}
} // namespace

void Router::add(const QByteArray &method, const QString &pattern, RouteAuth auth, RouteKind kind,
                 Handler handler)
{
    m_routes.append(
        Route{method, pattern.split(u'/', Qt::SkipEmptyParts), auth, kind, std::move(handler)});
}

Router::Match Router::match(const QByteArray &method, const QStringList &segments) const
{
    int best = -1;
    for (const Route &route : m_routes)
        best = std::max(best, specificity(route.pattern, segments));

    Match result;
    if (best < 0)
        return result;
    for (const Route &route : m_routes) {
        if (specificity(route.pattern, segments) != best)
            continue;
        if (!result.allowedMethods.contains(route.method))
            result.allowedMethods.append(route.method);
        if (route.method == method && !result.route) {
            result.route = &route;
            for (qsizetype i = 0; i < route.pattern.size(); ++i) {
                if (isParameter(route.pattern.at(i)))
                    result.params.append(segments.at(i));
            }
        }
    }
    return result;
}

} // namespace vzsandbox
