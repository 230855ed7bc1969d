#pragma once

#include "session.h"

#include <QUndoCommand>

namespace nc {

// A step of a command that failed (disk full, read-only file) is said out loud through the session,
// and the command is made obsolete, so QUndoStack drops it instead of believing it applied: what
// the person sees stays what the database holds.
inline void settle(Session &session, QUndoCommand *command, const QString &error, QString &stored)
{
    stored = error;
    if (error.isEmpty())
        return;
    command->setObsolete(true);
    session.reportSaveError(error);
}

// Every edit is an undo command (Subsurface's habit): add, change and delete of any record kind
// through its repository. A failed redo leaves `error()` set and the command is not pushed.
template<class Record> class AddRecordCommand : public QUndoCommand
{
public:
    AddRecordCommand(Session &session, Record record, const QString &text)
        : QUndoCommand(text)
        , m_session(session)
        , m_record(std::move(record))
    { }
    void redo() override
    {
        auto id = RecordRepository<Record>(m_session.database()).add(m_record);
        if (id)
            m_record.id = *id;
        settle(m_session, this, id ? QString() : id.error().message, m_error);
    }
    void undo() override
    {
        settle(m_session, this,
            RecordRepository<Record>(m_session.database()).remove(m_record.id).value_or(QString()), m_error);
    }
    QString error() const { return m_error; }

private:
    Session &m_session;
    Record m_record;
    QString m_error;
};

// Several records added as one step (the symptoms ticked in one dialog). Each way runs in one
// transaction, so a failure half-way, logging or undoing, leaves all of them or none: never some.
template<class Record> class AddRecordsCommand : public QUndoCommand
{
public:
    AddRecordsCommand(Session &session, QList<Record> records, const QString &text)
        : QUndoCommand(text)
        , m_session(session)
        , m_records(std::move(records))
    { }
    void redo() override
    {
        Transaction tx(m_session.database());
        RecordRepository<Record> repository(m_session.database());
        QList<Record> stored = m_records;
        for (auto &record : stored) {
            const auto id = repository.add(record);
            if (!id)
                return settle(m_session, this, id.error().message, m_error);
            record.id = *id;
        }
        const QString error = tx.commit();
        if (error.isEmpty())
            m_records = stored; // their ids, so undo removes exactly these and redo restores them
        settle(m_session, this, error, m_error);
    }
    void undo() override
    {
        Transaction tx(m_session.database());
        RecordRepository<Record> repository(m_session.database());
        for (const auto &record : std::as_const(m_records)) {
            if (const auto error = repository.remove(record.id))
                return settle(m_session, this, *error, m_error);
        }
        settle(m_session, this, tx.commit(), m_error);
    }
    QString error() const { return m_error; }

private:
    Session &m_session;
    QList<Record> m_records;
    QString m_error;
};

template<class Record> class EditRecordCommand : public QUndoCommand
{
public:
    EditRecordCommand(Session &session, Record before, Record after, const QString &text)
        : QUndoCommand(text)
        , m_session(session)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }
    void redo() override
    {
        settle(m_session, this,
            RecordRepository<Record>(m_session.database()).update(m_after).value_or(QString()), m_error);
    }
    void undo() override
    {
        settle(m_session, this,
            RecordRepository<Record>(m_session.database()).update(m_before).value_or(QString()), m_error);
    }
    QString error() const { return m_error; }

private:
    Session &m_session;
    Record m_before;
    Record m_after;
    QString m_error;
};

template<class Record> class RemoveRecordCommand : public QUndoCommand
{
public:
    RemoveRecordCommand(Session &session, Record record, const QString &text)
        : QUndoCommand(text)
        , m_session(session)
        , m_record(std::move(record))
    { }
    void redo() override
    {
        settle(m_session, this,
            RecordRepository<Record>(m_session.database()).remove(m_record.id).value_or(QString()), m_error);
    }
    // Restored with its own id, so anything that refers to it still does.
    void undo() override
    {
        const auto added = RecordRepository<Record>(m_session.database()).add(m_record);
        settle(m_session, this, added ? QString() : added.error().message, m_error);
    }
    QString error() const { return m_error; }

private:
    Session &m_session;
    Record m_record;
    QString m_error;
};

// Pushes a command whose redo() has already been applied, so that QUndoStack::push() does not
// apply it a second time.
template<class Command> void pushDone(Session &session, Command *command)
{
    struct Done : QUndoCommand
    {
        Done(Command *c)
            : QUndoCommand(c->text())
            , inner(c)
        { }
        ~Done() override { delete inner; }
        void redo() override
        {
            if (!first) {
                inner->redo();
                setObsolete(inner->isObsolete());
            }
            first = false;
        }
        void undo() override
        {
            inner->undo();
            setObsolete(inner->isObsolete());
        }
        Command *inner;
        bool first = true;
    };
    session.undoStack()->push(new Done(command));
}

// Runs the command once; pushes it on the undo stack only if it worked. Returns the error.
template<class Command> QString pushIfDone(Session &session, Command *command)
{
    command->redo();
    const QString error = command->error();
    if (!error.isEmpty()) {
        delete command;
        return error;
    }
    pushDone(session, command);
    return {};
}

} // namespace nc
