#include "sim/mock/MockHttpServer.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::StringLiterals;

namespace pm::sim
{

QByteArray MockHttpServer::SeenRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

MockHttpServer::MockHttpServer(QString name, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_name(std::move(name))
{ }

MockHttpServer::~MockHttpServer() = default;

bool MockHttpServer::listenLocal(quint16 port, QString* error)
{
    m_port = listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        *error = tr("The %1 mock server cannot listen on 127.0.0.1:%2.").arg(m_name).arg(port);
        return false;
    }
    return true;
}

QUrl MockHttpServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

void MockHttpServer::addFault(const Fault& fault)
{
    QMutexLocker lock(&m_mutex);
    m_faults << fault;
}

void MockHttpServer::clearFaults()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

QList<MockHttpServer::SeenRequest> MockHttpServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int MockHttpServer::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_requests.size());
}

void MockHttpServer::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

void MockHttpServer::route(const QByteArray& method, const QString& path, Handler handler)
{
    m_routes << Route {method, path, std::move(handler)};
}

void MockHttpServer::replyJson(QHttpServerResponder& responder, int status, const QByteArray& json,
                               const QList<QPair<QByteArray, QByteArray>>& extraHeaders)
{
    QList<QPair<QByteArray, QByteArray>> headers {{"Content-Type", "application/json"}};
    headers += extraHeaders;
    writeRaw(responder, status, json, headers);
}

void MockHttpServer::writeRaw(QHttpServerResponder& responder, int status, const QByteArray& body,
                              const QList<QPair<QByteArray, QByteArray>>& headers)
{
    // Qt 6.4's header list is an initializer_list: write the parts one by one instead.
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    for (const auto& [name, value] : headers) {
        responder.writeHeader(name, value);
    }
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody(body);
}

QByteArray MockHttpServer::methodName(const QHttpServerRequest& request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

std::optional<MockHttpServer::Fault> MockHttpServer::takeFault(const QString& path)
{
    QMutexLocker lock(&m_mutex);
    for (int i = 0; i < m_faults.size(); ++i) {
        Fault& f = m_faults[i];
        if (f.pathPrefix.isEmpty() || path.startsWith(f.pathPrefix)) {
            Fault taken = f;
            if (--f.times <= 0) {
                m_faults.removeAt(i);
            }
            return taken;
        }
    }
    return std::nullopt;
}

void MockHttpServer::runRoute(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    const QByteArray method = methodName(request);
    const QString path = request.url().path();
    for (const Route& r : std::as_const(m_routes)) {
        if (r.method == method && r.path == path) {
            r.handler(request, responder);
            return;
        }
    }
    replyJson(responder, 404, R"({"error":"Not found"})");
}

bool MockHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QString path = request.url().path();
    {
        QMutexLocker lock(&m_mutex);
        m_requests << SeenRequest {methodName(request), path, request.url().query(), request.headers(), request.body()};
    }
    const std::optional<Fault> fault = takeFault(path);
    if (!fault) {
        QHttpServerResponder responder = makeResponder(request, socket);
        runRoute(request, responder);
        return true;
    }
    switch (fault->kind) {
    case Fault::Kind::Status: {
        QHttpServerResponder responder = makeResponder(request, socket);
        writeRaw(responder, fault->status, fault->body, fault->headers);
        break;
    }
    case Fault::Kind::Hang:
        m_hanging.push_back(std::make_unique<QHttpServerResponder>(makeResponder(request, socket)));
        break;
    case Fault::Kind::Delay: {
        // Holds this server's thread: a slow provider, as the client sees it.
        QThread::msleep(static_cast<unsigned long>(std::max(0, fault->delayMs)));
        QHttpServerResponder responder = makeResponder(request, socket);
        runRoute(request, responder);
        break;
    }
    case Fault::Kind::Malformed: {
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.write(QByteArray("{\"success\": tru"), {{"Content-Type", "application/json"}},
                        QHttpServerResponder::StatusCode::Ok);
        break;
    }
    case Fault::Kind::Truncate: {
        const QByteArray body = fault->body.isEmpty()
                                    ? QByteArray(R"({"success": true, "padding": ")") + QByteArray(200, 'x') + "\"}"
                                    : fault->body;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body.left(body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        break;
    }
    }
    return true;
}

void MockHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    replyJson(responder, 404, R"({"error":"Not found"})");
}

} // namespace pm::sim
