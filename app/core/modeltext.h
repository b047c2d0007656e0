#pragma once

// The model description's labels and help texts are English JSON, which
// lupdate cannot read. modeltext.cpp lists each of them for translators, and a
// test keeps that list in step with the JSON; everything that shows a label or
// help text to the user goes through translatedModelText().

#include <QString>
#include <QStringList>

namespace wan::core {

// Every label and help text the built-in model description may show.
QStringList modelTextSources();
// The user's language's text for a label or help text from the JSON (the
// English source when there is no translation).
QString translatedModelText(const QString &source);

} // namespace wan::core
