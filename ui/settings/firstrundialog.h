#pragma once

#include "storage/database.h"

#include <QDialog>

namespace nc {

class ProfileForm;

// The short welcome that creates a patient profile (also "New profile…" later on).
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    FirstRunDialog(Database &db, bool firstRun, QWidget *parent = nullptr);
    qint64 patientId() const { return m_patientId; }
    ProfileForm *form() const { return m_form; }
    void accept() override;
    // On the first run, Cancel (or Esc, or closing) would quit the app: asked first, and "Go back"
    // keeps everything typed.
    void reject() override;

private:
    Database &m_db;
    bool m_firstRun;
    ProfileForm *m_form;
    qint64 m_patientId = 0;
};

} // namespace nc
