#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace pm::sim
{

/**
 * The common part of the provider mock servers: a QHttpServer on 127.0.0.1 (never any other
 * address) on a free port, a log of the requests it saw, and faults that tests switch on for the
 * next requests to a path — a status with a body and headers, a delay, a hang (no answer at all),
 * a body cut off midway, or malformed JSON. Lives on one thread; the fault list and request log
 * are safe to use from others.
 */
class MockHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Fault
    {
        enum class Kind
        {
            Status,    ///< answer with status/body/headers instead of the real handler
            Delay,     ///< run the real handler after delayMs
            Hang,      ///< never answer
            Truncate,  ///< promise the real body's length, send half of it, close
            Malformed, ///< 200 with a body that is not JSON
        };
        Kind kind = Kind::Status;
        int status = 500;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0;
        QString pathPrefix; ///< empty: any path
        int times = 1;      ///< how many requests it applies to
    };

    struct SeenRequest
    {
        QByteArray method;
        QString path;
        QString query;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray& name) const;
    };

    explicit MockHttpServer(QString name, QObject* parent = nullptr);
    ~MockHttpServer() override;

    /// Listens on 127.0.0.1 (port 0: any free one); false with @p error otherwise.
    bool listenLocal(quint16 port, QString* error);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    QString name() const { return m_name; }

    static void replyJson(QHttpServerResponder& responder, int status, const QByteArray& json,
                          const QList<QPair<QByteArray, QByteArray>>& extraHeaders = {});
    static void writeRaw(QHttpServerResponder& responder, int status, const QByteArray& body,
                         const QList<QPair<QByteArray, QByteArray>>& headers);

    void addFault(const Fault& fault);
    void clearFaults();
    QList<SeenRequest> requests() const;
    int requestCount() const;
    void clearRequests();

protected:
    /// Subclasses add their routes here with route(); the fault layer runs before them.
    using Handler = std::function<void(const QHttpServerRequest&, QHttpServerResponder&)>;
    void route(const QByteArray& method, const QString& path, Handler handler);

    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    std::optional<Fault> takeFault(const QString& path);
    void runRoute(const QHttpServerRequest& request, QHttpServerResponder& responder);
    static QByteArray methodName(const QHttpServerRequest& request);

    QString m_name;
    quint16 m_port = 0;
    struct Route
    {
        QByteArray method;
        QString path;
        Handler handler;
    };
    QList<Route> m_routes;
    mutable QMutex m_mutex;
    QList<Fault> m_faults;
    QList<SeenRequest> m_requests;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_hanging; ///< kept open, never answered
};

} // namespace pm::sim
