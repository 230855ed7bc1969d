#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTcpServer>
#include <QTemporaryDir>
#include <unistd.h>

// A PostgreSQL 15 cluster of one test's own (initdb + pg_ctl in a temporary folder, removed with
// it), for what the shared server of the test command must not suffer: being stopped hard
// (pg_ctl stop -m immediate) mid-batch, and serving TLS with a certificate made for the test. It
// listens on 127.0.0.1 and on a socket in its folder; the superuser comes in by the socket
// without a password, every other login over TCP with one (SCRAM). Run as root (these machines'
// CI), the server runs as the postgres user, as Debian's clusters do.
namespace nc::test {

class PrivateCluster
{
public:
    static constexpr const char *kBin = "/usr/lib/postgresql/15/bin/";

    // `certificateHost`: the name the server's certificate is made for (its CA in caPath()).
    explicit PrivateCluster(const QString &certificateHost = QStringLiteral("localhost"))
    {
        m_dir.setAutoRemove(true);
        QTcpServer probe; // a free port, taken back at once
        probe.listen(QHostAddress::LocalHost);
        m_port = probe.serverPort();
        probe.close();
        const QString data = dataDir();
        if (!run(QStringLiteral("openssl"),
                { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=%1").arg(certificateHost), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=DNS:%1").arg(certificateHost), QStringLiteral("-keyout"),
                    m_dir.filePath(QStringLiteral("server.key")), QStringLiteral("-out"), caPath() },
                false))
            return;
        QFile::setPermissions(
            m_dir.filePath(QStringLiteral("server.key")), QFile::ReadOwner | QFile::WriteOwner);
        if (asRoot()
            && !run(QStringLiteral("chown"),
                { QStringLiteral("-R"), QStringLiteral("postgres:"), m_dir.path() }, false))
            return;
        if (!run(QString::fromLatin1(kBin) + QStringLiteral("initdb"),
                { QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
                    QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("--no-sync") }))
            return;
        QFile conf(data + QStringLiteral("/postgresql.conf"));
        QFile hba(data + QStringLiteral("/pg_hba.conf"));
        if (!conf.open(QIODevice::Append) || !hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_error = QStringLiteral("cannot write the cluster's configuration");
            return;
        }
        conf.write(
            QStringLiteral("port = %1\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%2'\n"
                           "ssl = on\nssl_cert_file = '%3'\nssl_key_file = '%4'\nfsync = off\n"
                           "timezone = 'Pacific/Auckland'\n")
                .arg(m_port)
                .arg(m_dir.path(), caPath(), m_dir.filePath(QStringLiteral("server.key")))
                .toUtf8());
        hba.write("local all postgres trust\nhost all all 127.0.0.1/32 scram-sha-256\n"
                  "host all all ::1/128 scram-sha-256\n");
        conf.close();
        hba.close();
        if (asRoot())
            run(QStringLiteral("chown"), { QStringLiteral("-R"), QStringLiteral("postgres:"), m_dir.path() },
                false);
        start();
    }
    ~PrivateCluster()
    {
        if (m_started)
            pgCtl({ QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("immediate") });
    }
    PrivateCluster(const PrivateCluster &) = delete;
    PrivateCluster &operator=(const PrivateCluster &) = delete;

    QString error() const { return m_error; }
    bool start()
    {
        m_started = pgCtl({ QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-l"),
            m_dir.filePath(QStringLiteral("log")) });
        return m_started;
    }
    // As a power cut or a crashed server: no checkpoint, every connection cut.
    bool stopHard()
    {
        m_started = !pgCtl({ QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("immediate") });
        return !m_started;
    }
    // The environment a ScratchDatabase (and psql) uses to reach it as the superuser.
    void useAsTestServer() const
    {
        qputenv("PGHOST", m_dir.path().toLocal8Bit());
        qputenv("PGPORT", QByteArray::number(m_port));
        qputenv("PGUSER", "postgres");
        qunsetenv("PGPASSWORD");
        qunsetenv("PGDATABASE");
    }
    int port() const { return m_port; }
    QString caPath() const { return m_dir.filePath(QStringLiteral("server.crt")); }

private:
    static bool asRoot() { return ::geteuid() == 0; }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    bool pgCtl(QStringList args)
    {
        args << QStringLiteral("-D") << dataDir();
        return run(QString::fromLatin1(kBin) + QStringLiteral("pg_ctl"), args);
    }
    // `asServer`: as the postgres user when root (initdb and postgres refuse root).
    bool run(const QString &program, const QStringList &args, bool asServer = true)
    {
        QProcess p;
        if (asServer && asRoot())
            p.start(QStringLiteral("runuser"),
                QStringList {
                    QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program }
                    + args);
        else
            p.start(program, args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            m_error = QStringLiteral("%1 failed: %2%3")
                          .arg(program, QString::fromLocal8Bit(p.readAllStandardError()),
                              QString::fromLocal8Bit(p.readAllStandardOutput()));
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir { QDir::tempPath() + QStringLiteral("/nc-cluster-XXXXXX") };
    int m_port = 0;
    bool m_started = false;
    QString m_error;
};

} // namespace nc::test
