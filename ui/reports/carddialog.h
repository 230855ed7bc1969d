#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace nc {

// Asks, before the wallet card prints, the name to put on it (the profile's name may be what the
// family calls the person: "Dad") and the language of each side: the patient's side, and the
// emergency staff's side, which is the clinic's or hospital's language. When the two languages
// differ, the staff side prints in both.
class CardDialog : public QDialog
{
    Q_OBJECT
public:
    // `profileName`: the profile's name, offered when no name is typed; the languages are codes
    // from language::available().
    CardDialog(const QString &profileName, const QString &name, const QString &language,
        const QString &staffLanguage, QWidget *parent = nullptr);

    // The name typed, trimmed; the profile's name when the field is left empty.
    QString name() const;
    QString language() const;
    QString staffLanguage() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *staffLanguageBox() const { return m_staffLanguage; }

private:
    QString m_profileName;
    QLineEdit *m_name;
    QComboBox *m_language;
    QComboBox *m_staffLanguage;
    QLabel *m_problem;
};

} // namespace nc
