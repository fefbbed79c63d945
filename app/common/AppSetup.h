#pragma once

#include "CaseImporter.h"

#include <QCommandLineOption>

class QCoreApplication;

namespace kenshu {

QString applicationVersion();

// Names the application (settings, data folder) and loads the translations for the
// system locale (Japanese first: most users are in Japan).
void setUpApplication(QCoreApplication& app);

// --data-dir DIR, shared by kenshu and kenshuctl (see resolveDataDir).
QCommandLineOption dataDirOption();

// The importer's file formats: DICOM (DCMTK) and PDF (Poppler).
CaseImporter::Formats defaultImportFormats();

} // namespace kenshu
