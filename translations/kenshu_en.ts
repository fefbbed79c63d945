<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Annotations</name>
    <message>
        <source>Draw arrow</source>
        <translation>Draw arrow</translation>
    </message>
    <message>
        <source>Draw with pen</source>
        <translation>Draw with pen</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>Add text</translation>
    </message>
    <message>
        <source>Add drawing</source>
        <translation>Add drawing</translation>
    </message>
    <message>
        <source>Clear drawings</source>
        <translation>Clear drawings</translation>
    </message>
    <message>
        <source>The drawings were saved by a newer Kenshu (format %1).</source>
        <translation>The drawings were saved by a newer Kenshu (format %1).</translation>
    </message>
    <message>
        <source>This is not a drawing file (no &quot;items&quot;).</source>
        <translation>This is not a drawing file (no &quot;items&quot;).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 is not valid JSON: %2</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Change colour</translation>
    </message>
    <message>
        <source>Change line width</source>
        <translation>Change line width</translation>
    </message>
    <message>
        <source>Delete drawing</source>
        <translation>Delete drawing</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation>Your sign-in has expired or was revoked. Sign in again.</translation>
    </message>
    <message>
        <source>The server is busy. Kenshu will try again later.</source>
        <translation>The server is busy. Kenshu will try again later.</translation>
    </message>
    <message>
        <source>The server could not do this now (HTTP %1). Kenshu will try again later.</source>
        <translation>The server could not do this now (HTTP %1). Kenshu will try again later.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>The server refused the request (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>The server refused: %1</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>The server gave an unexpected answer (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>AppSetup</name>
    <message>
        <source>Data folder (default: $KENSHU_DATA_DIR, else the user&apos;s application data folder).</source>
        <translation>Data folder (default: $KENSHU_DATA_DIR, else the user&apos;s application data folder).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>The sign-in has expired or was ended. Sign in again.</source>
        <translation>The sign-in has expired or was ended. Sign in again.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>The e-mail address or the password is wrong.</translation>
    </message>
</context>
<context>
    <name>BlobPreparer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
</context>
<context>
    <name>BlobSender</name>
    <message>
        <source>An image of the study is missing from the data folder; import the study again.</source>
        <translation>An image of the study is missing from the data folder; import the study again.</translation>
    </message>
</context>
<context>
    <name>BlobStorage</name>
    <message>
        <source>Cannot store the blob %1.</source>
        <translation>Cannot store the blob %1.</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder: %1</source>
        <translation>Cannot write to the data folder: %1</translation>
    </message>
    <message>
        <source>Cannot write to the data folder (is the disk full?): %1</source>
        <translation>Cannot write to the data folder (is the disk full?): %1</translation>
    </message>
    <message>
        <source>Cannot create a folder in the data folder.</source>
        <translation>Cannot create a folder in the data folder.</translation>
    </message>
    <message>
        <source>Cannot store %1 in the data folder.</source>
        <translation>Cannot store %1 in the data folder.</translation>
    </message>
    <message>
        <source>the new file</source>
        <translation>the new file</translation>
    </message>
</context>
<context>
    <name>BlobSyncState</name>
    <message>
        <source>The local library could not be updated (%1).</source>
        <translation>The local library could not be updated (%1).</translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message>
        <source>The file or folder does not exist.</source>
        <translation>The file or folder does not exist.</translation>
    </message>
    <message>
        <source>Listed in the DICOMDIR, but the file is missing.</source>
        <translation>Listed in the DICOMDIR, but the file is missing.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Not a DICOM or PDF file.</source>
        <translation>Not a DICOM or PDF file.</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>The case no longer exists.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>A file was removed from the data folder during the import. Import again.</source>
        <translation>A file was removed from the data folder during the import. Import again.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CaseLibrary</name>
    <message>
        <source>Cannot read the case list (%1)</source>
        <translation>Cannot read the case list (%1)</translation>
    </message>
</context>
<context>
    <name>CaseTitle</name>
    <message>
        <source>Enter a case title.</source>
        <translation>Enter a case title.</translation>
    </message>
    <message>
        <source>A case title is your member number, a hyphen and a 3-digit number from 001, for example 123456-001.</source>
        <translation>A case title is your member number, a hyphen and a 3-digit number from 001, for example 123456-001.</translation>
    </message>
</context>
<context>
    <name>Comment</name>
    <message>
        <source>The comment %1 has no author or no date.</source>
        <translation>The comment %1 has no author or no date.</translation>
    </message>
</context>
<context>
    <name>CommentRepository</name>
    <message>
        <source>Cannot make a picture of the drawing.</source>
        <translation>Cannot make a picture of the drawing.</translation>
    </message>
</context>
<context>
    <name>CommentStore</name>
    <message>
        <source>A comment cannot be empty. To remove it, delete it.</source>
        <translation>A comment cannot be empty. To remove it, delete it.</translation>
    </message>
    <message>
        <source>Write a comment first.</source>
        <translation>Write a comment first.</translation>
    </message>
    <message>
        <source>The comment no longer exists.</source>
        <translation>The comment no longer exists.</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>The case no longer exists.</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>self %1 / supervisor %2</source>
        <translation>self %1 / supervisor %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Supervisor asked</source>
        <translation>Supervisor asked</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Message to the supervisor</source>
        <translation>Message to the supervisor</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Form version</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Deidentifier</name>
    <message>
        <source>%1: the de-identified copy would replace the original; choose another output.</source>
        <translation>%1: the de-identified copy would replace the original; choose another output.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a DICOM file.</source>
        <translation>%1 is not a DICOM file.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete (%2); nothing was written.</source>
        <translation>%1 is damaged or incomplete (%2); nothing was written.</translation>
    </message>
    <message>
        <source>%1 is a DICOMDIR, an index that lists patients; de-identify the image files it lists instead.</source>
        <translation>%1 is a DICOMDIR, an index that lists patients; de-identify the image files it lists instead.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was written.</source>
        <translation>%1: %2 Nothing was written.</translation>
    </message>
    <message>
        <source>%1 has no SOP Instance UID; it is not an image file.</source>
        <translation>%1 has no SOP Instance UID; it is not an image file.</translation>
    </message>
</context>
<context>
    <name>DicomDirectory</name>
    <message>
        <source>The DICOMDIR %1 does not exist.</source>
        <translation>The DICOMDIR %1 does not exist.</translation>
    </message>
    <message>
        <source>The DICOMDIR cannot be read (%1); the files next to it are imported by content instead.</source>
        <translation>The DICOMDIR cannot be read (%1); the files next to it are imported by content instead.</translation>
    </message>
</context>
<context>
    <name>DicomFileWriting</name>
    <message>
        <source>Cannot encode %1: %2</source>
        <translation>Cannot encode %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>DicomFrameDecoder</name>
    <message>
        <source>The DICOM file cannot be read (%1).</source>
        <translation>The DICOM file cannot be read (%1).</translation>
    </message>
    <message>
        <source>The DICOM file holds no image.</source>
        <translation>The DICOM file holds no image.</translation>
    </message>
    <message>
        <source>Kenshu cannot decode images compressed as %1 (%2).</source>
        <translation>Kenshu cannot decode images compressed as %1 (%2).</translation>
    </message>
    <message>
        <source>The DICOM file declares no image size.</source>
        <translation>The DICOM file declares no image size.</translation>
    </message>
    <message>
        <source>Frame %1 does not exist (the image has %2).</source>
        <translation>Frame %1 does not exist (the image has %2).</translation>
    </message>
    <message>
        <source>The size of a frame cannot be determined.</source>
        <translation>The size of a frame cannot be determined.</translation>
    </message>
    <message>
        <source>Frame %1 cannot be decoded (%2); the file may be incomplete.</source>
        <translation>Frame %1 cannot be decoded (%2); the file may be incomplete.</translation>
    </message>
</context>
<context>
    <name>DicomImportFormat</name>
    <message>
        <source>The compressed pixel data cannot be read.</source>
        <translation>The compressed pixel data cannot be read.</translation>
    </message>
    <message>
        <source>The compressed pixel data holds %1 fragment(s) for %2 frame(s); the file is incomplete.</source>
        <translation>The compressed pixel data holds %1 fragment(s) for %2 frame(s); the file is incomplete.</translation>
    </message>
    <message>
        <source>The pixel data is shorter than the image size declares (%1 of %2 bytes); the file is incomplete.</source>
        <translation>The pixel data is shorter than the image size declares (%1 of %2 bytes); the file is incomplete.</translation>
    </message>
    <message>
        <source>The DICOM file is damaged or incomplete (%1).</source>
        <translation>The DICOM file is damaged or incomplete (%1).</translation>
    </message>
    <message>
        <source>The DICOM file has no study, series or instance UID.</source>
        <translation>The DICOM file has no study, series or instance UID.</translation>
    </message>
</context>
<context>
    <name>DirectoryAge</name>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Member list from the server, updated %1 (%2).</source>
        <translation>Member list from the server, updated %1 (%2).</translation>
    </message>
</context>
<context>
    <name>DirectoryCache</name>
    <message>
        <source>The member directory could not be saved to %1: %2</source>
        <translation>The member directory could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>The saved member directory %1 cannot be read: %2</source>
        <translation>The saved member directory %1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryJson</name>
    <message>
        <source>The member directory from the server cannot be read: %1</source>
        <translation>The member directory from the server cannot be read: %1</translation>
    </message>
    <message>
        <source>%1 has a certification period that is not two dates (yyyy-MM-dd).</source>
        <translation>%1 has a certification period that is not two dates (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>a member has no member number.</source>
        <translation>a member has no member number.</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Member %1</translation>
    </message>
    <message>
        <source>a facility has no id.</source>
        <translation>a facility has no id.</translation>
    </message>
    <message>
        <source>Facility %1</source>
        <translation>Facility %1</translation>
    </message>
    <message>
        <source>it lists no members or no facilities.</source>
        <translation>it lists no members or no facilities.</translation>
    </message>
</context>
<context>
    <name>Downloader</name>
    <message>
        <source>Cannot write to the data folder (is the disk full?): %1</source>
        <translation>Cannot write to the data folder (is the disk full?): %1</translation>
    </message>
    <message>
        <source>A file from the server did not check out and was dropped; it will be fetched again from the start.</source>
        <translation>A file from the server did not check out and was dropped; it will be fetched again from the start.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>There is no draft %1.</source>
        <translation>There is no draft %1.</translation>
    </message>
</context>
<context>
    <name>FormPrinting</name>
    <message>
        <source>Cannot start printing.</source>
        <translation>Cannot start printing.</translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation>Cannot start a new page.</translation>
    </message>
    <message>
        <source>Cannot finish printing.</source>
        <translation>Cannot finish printing.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>FormSchema</name>
    <message>
        <source>not used by a %1 field</source>
        <translation>not used by a %1 field</translation>
    </message>
    <message>
        <source>duplicate option &quot;%1&quot;</source>
        <translation>duplicate option &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a lower-case file extension without a dot</source>
        <translation>expected a lower-case file extension without a dot</translation>
    </message>
    <message>
        <source>less than min</source>
        <translation>less than min</translation>
    </message>
    <message>
        <source>duplicate field id &quot;%1&quot; (also at %2)</source>
        <translation>duplicate field id &quot;%1&quot; (also at %2)</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>unknown type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown workflow &quot;%1&quot;</source>
        <translation>unknown workflow &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>not valid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>a schema is a JSON object</source>
        <translation>a schema is a JSON object</translation>
    </message>
    <message>
        <source>duplicate section id &quot;%1&quot; (also at %2)</source>
        <translation>duplicate section id &quot;%1&quot; (also at %2)</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: cannot read the file: %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unknown key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>expected a non-empty string</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identifier (lower-case letters, digits and _, starting with a letter)</source>
        <translation>&quot;%1&quot; is not an identifier (lower-case letters, digits and _, starting with a letter)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>expected a number</translation>
    </message>
    <message>
        <source>expected a positive integer</source>
        <translation>expected a positive integer</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>expected an array</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>%1: a schema with id &quot;%2&quot; and version %3 must be in %2.json (the current version) or %2.v%3.json (an older one)</source>
        <translation>%1: a schema with id &quot;%2&quot; and version %3 must be in %2.json (the current version) or %2.v%3.json (an older one)</translation>
    </message>
    <message>
        <source>%1.json: the current version must be newer than %1.v%2.json</source>
        <translation>%1.json: the current version must be newer than %1.v%2.json</translation>
    </message>
    <message>
        <source>No form schemas in %1.</source>
        <translation>No form schemas in %1.</translation>
    </message>
    <message>
        <source>expected resident or supervisor</source>
        <translation>expected resident or supervisor</translation>
    </message>
    <message>
        <source>a rating has both sides</source>
        <translation>a rating has both sides</translation>
    </message>
</context>
<context>
    <name>FormValidation</name>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>The stored value is not of the expected kind; enter it again.</source>
        <translation>The stored value is not of the expected kind; enter it again.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation>At least %1.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>At most %1.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Enter a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Enter both the start and the end date.</source>
        <translation>Enter both the start and the end date.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Dates must lie between %1 and %2.</source>
        <translation>Dates must lie between %1 and %2.</translation>
    </message>
    <message>
        <source>Dates must not be before %1.</source>
        <translation>Dates must not be before %1.</translation>
    </message>
    <message>
        <source>Choose one of the listed options.</source>
        <translation>Choose one of the listed options.</translation>
    </message>
    <message>
        <source>The file is larger than %1.</source>
        <translation>The file is larger than %1.</translation>
    </message>
    <message>
        <source>Accepted file types: %1.</source>
        <translation>Accepted file types: %1.</translation>
    </message>
</context>
<context>
    <name>FrameRendering</name>
    <message>
        <source>The frame is incomplete.</source>
        <translation>The frame is incomplete.</translation>
    </message>
    <message>
        <source>Colour images with %1 samples of %2 bits cannot be shown.</source>
        <translation>Colour images with %1 samples of %2 bits cannot be shown.</translation>
    </message>
    <message>
        <source>This palette colour image has no usable colour table (segmented palettes are not supported).</source>
        <translation>This palette colour image has no usable colour table (segmented palettes are not supported).</translation>
    </message>
</context>
<context>
    <name>Gsps</name>
    <message>
        <source>DCMTK refused a drawing.</source>
        <translation>DCMTK refused a drawing.</translation>
    </message>
    <message>
        <source>DCMTK refused the text &quot;%1&quot;.</source>
        <translation>DCMTK refused the text &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a DICOM file (%2).</source>
        <translation>%1 cannot be read as a DICOM file (%2).</translation>
    </message>
    <message>
        <source>%1 holds no image, so drawings cannot be attached to it.</source>
        <translation>%1 holds no image, so drawings cannot be attached to it.</translation>
    </message>
    <message>
        <source>The drawings belong to another image than %1.</source>
        <translation>The drawings belong to another image than %1.</translation>
    </message>
    <message>
        <source>%1 is not an image DCMTK can present.</source>
        <translation>%1 is not an image DCMTK can present.</translation>
    </message>
    <message>
        <source>DCMTK refused a graphic layer.</source>
        <translation>DCMTK refused a graphic layer.</translation>
    </message>
    <message numerus="yes">
        <source>Frame %1 does not exist: %2 has %n frame(s).</source>
        <translation>
            <numerusform>Frame %1 does not exist: %2 has %n frame.</numerusform>
            <numerusform>Frame %1 does not exist: %2 has %n frames.</numerusform>
        </translation>
    </message>
    <message>
        <source>DCMTK cannot write the presentation state.</source>
        <translation>DCMTK cannot write the presentation state.</translation>
    </message>
    <message>
        <source>DCMTK wrote the drawings in an unexpected order; nothing was saved.</source>
        <translation>DCMTK wrote the drawings in an unexpected order; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>LastSyncText</name>
    <message>
        <source>Last synced %1</source>
        <translation>Last synced %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n h ago</source>
        <translation>
            <numerusform>Synced %n h ago</numerusform>
            <numerusform>Synced %n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Synced %n min ago</numerusform>
            <numerusform>Synced %n min ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synced just now</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Cannot create the data folder %1.</translation>
    </message>
    <message>
        <source>Cannot open the local library</source>
        <translation>Cannot open the local library</translation>
    </message>
    <message>
        <source>Cannot configure the local library</source>
        <translation>Cannot configure the local library</translation>
    </message>
    <message>
        <source>Cannot read the version of the local library.</source>
        <translation>Cannot read the version of the local library.</translation>
    </message>
    <message>
        <source>The local library was written by a newer version of Kenshu (schema %1; this version knows up to %2). Update Kenshu.</source>
        <translation>The local library was written by a newer version of Kenshu (schema %1; this version knows up to %2). Update Kenshu.</translation>
    </message>
    <message>
        <source>Cannot upgrade the local library</source>
        <translation>Cannot upgrade the local library</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Cannot start a transaction</translation>
    </message>
    <message>
        <source>Cannot save the changes</source>
        <translation>Cannot save the changes</translation>
    </message>
    <message>
        <source>Cannot save a record</source>
        <translation>Cannot save a record</translation>
    </message>
    <message>
        <source>Cannot queue a change for sync</source>
        <translation>Cannot queue a change for sync</translation>
    </message>
    <message>
        <source>Cannot record a stored file</source>
        <translation>Cannot record a stored file</translation>
    </message>
    <message>
        <source>Cannot save a thumbnail</source>
        <translation>Cannot save a thumbnail</translation>
    </message>
</context>
<context>
    <name>PaintToolBar</name>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation>Cyan</translation>
    </message>
    <message>
        <source>Magenta</source>
        <translation>Magenta</translation>
    </message>
    <message>
        <source>White</source>
        <translation>White</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>%1 is not a PDF Kenshu can read (the file may be damaged).</source>
        <translation>%1 is not a PDF Kenshu can read (the file may be damaged).</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Kenshu opens only PDFs without one.</source>
        <translation>%1 is protected by a password. Kenshu opens only PDFs without one.</translation>
    </message>
    <message>
        <source>%1 has no pages.</source>
        <translation>%1 has no pages.</translation>
    </message>
</context>
<context>
    <name>PdfImportFormat</name>
    <message>
        <source>The PDF is damaged and cannot be opened.</source>
        <translation>The PDF is damaged and cannot be opened.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password.</source>
        <translation>The PDF is protected by a password.</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>The PDF has no pages.</translation>
    </message>
</context>
<context>
    <name>PdfText</name>
    <message>
        <source>Cannot read the PDF %1.</source>
        <translation>Cannot read the PDF %1.</translation>
    </message>
</context>
<context>
    <name>RecordWireForm</name>
    <message>
        <source>An image of the study has not been de-identified yet.</source>
        <translation>An image of the study has not been de-identified yet.</translation>
    </message>
</context>
<context>
    <name>ReportDraft</name>
    <message>
        <source>The record %1 does not say which form it was written with.</source>
        <translation>The record %1 does not say which form it was written with.</translation>
    </message>
</context>
<context>
    <name>SignedInMember</name>
    <message>
        <source>The server did not say who is signed in (no member id).</source>
        <translation>The server did not say who is signed in (no member id).</translation>
    </message>
</context>
<context>
    <name>SiteSecret</name>
    <message>
        <source>Cannot read the de-identification key %1: %2</source>
        <translation>Cannot read the de-identification key %1: %2</translation>
    </message>
    <message>
        <source>The de-identification key %1 is damaged. Restore it from a backup, or delete it to start a new one (studies de-identified before will then get different UIDs).</source>
        <translation>The de-identification key %1 is damaged. Restore it from a backup, or delete it to start a new one (studies de-identified before will then get different UIDs).</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Cannot create the data folder %1.</translation>
    </message>
    <message>
        <source>Cannot write the de-identification key %1: %2</source>
        <translation>Cannot write the de-identification key %1: %2</translation>
    </message>
</context>
<context>
    <name>StepLabels</name>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Send the report to your supervisor for approval</source>
        <translation>Send the report to your supervisor for approval</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Take the report back to edit it</source>
        <translation>Take the report back to edit it</translation>
    </message>
    <message>
        <source>Approve (close)</source>
        <translation>Approve (close)</translation>
    </message>
    <message>
        <source>Approve the report; it can no longer be edited</source>
        <translation>Approve the report; it can no longer be edited</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Let the resident edit the report again</source>
        <translation>Let the resident edit the report again</translation>
    </message>
    <message>
        <source>Withdraw request</source>
        <translation>Withdraw request</translation>
    </message>
    <message>
        <source>Take back the approval request</source>
        <translation>Take back the approval request</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Register the case report in its numbered slot</source>
        <translation>Register the case report in its numbered slot</translation>
    </message>
    <message>
        <source>Delete registration</source>
        <translation>Delete registration</translation>
    </message>
    <message>
        <source>Remove the registration; to change an approved report, delete it and request approval again</source>
        <translation>Remove the registration; to change an approved report, delete it and request approval again</translation>
    </message>
    <message>
        <source>Request approval…</source>
        <translation>Request approval…</translation>
    </message>
    <message>
        <source>Ask a supervisor to approve this case report</source>
        <translation>Ask a supervisor to approve this case report</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Approve the case report; it is then locked</source>
        <translation>Approve the case report; it is then locked</translation>
    </message>
    <message>
        <source>Do not approve</source>
        <translation>Do not approve</translation>
    </message>
    <message>
        <source>Send the report back to the resident to fix</source>
        <translation>Send the report back to the resident to fix</translation>
    </message>
    <message>
        <source>Mark training completed</source>
        <translation>Mark training completed</translation>
    </message>
    <message>
        <source>Every item is ○ on both sides: mark the training completed</source>
        <translation>Every item is ○ on both sides: mark the training completed</translation>
    </message>
    <message>
        <source>Set back to in training</source>
        <translation>Set back to in training</translation>
    </message>
    <message>
        <source>Let the resident change their ratings again</source>
        <translation>Let the resident change their ratings again</translation>
    </message>
    <message>
        <source>Close (approve)</source>
        <translation>Close (approve)</translation>
    </message>
    <message>
        <source>Close the consultation: approval of the case</source>
        <translation>Close the consultation: approval of the case</translation>
    </message>
    <message>
        <source>Open the case for discussion again</source>
        <translation>Open the case for discussion again</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>Send the credential to the training director</source>
        <translation>Send the credential to the training director</translation>
    </message>
    <message>
        <source>Approve credential</source>
        <translation>Approve credential</translation>
    </message>
    <message>
        <source>Confirm the base-specialty qualification</source>
        <translation>Confirm the base-specialty qualification</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Send the credential back to the resident</source>
        <translation>Send the credential back to the resident</translation>
    </message>
</context>
<context>
    <name>StudyDownload</name>
    <message>
        <source>Downloading the study&apos;s images…</source>
        <translation>Downloading the study&apos;s images…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Downloading the study&apos;s images: file %1 of %2
%3</source>
        <translation>Downloading the study&apos;s images: file %1 of %2
%3</translation>
    </message>
    <message>
        <source>The study&apos;s images could not be downloaded: %1
What came so far is kept; opening the study again continues the download.</source>
        <translation>The study&apos;s images could not be downloaded: %1
What came so far is kept; opening the study again continues the download.</translation>
    </message>
    <message>
        <source>The images of this study are on the server. Sign in to download them.</source>
        <translation>The images of this study are on the server. Sign in to download them.</translation>
    </message>
</context>
<context>
    <name>StudyFetcher</name>
    <message>
        <source>There is no such study here.</source>
        <translation>There is no such study here.</translation>
    </message>
</context>
<context>
    <name>SupervisionExport</name>
    <message>
        <source>Supervision record</source>
        <translation>Supervision record</translation>
    </message>
    <message>
        <source>No case has a supervisor&apos;s comment yet.</source>
        <translation>No case has a supervisor&apos;s comment yet.</translation>
    </message>
    <message>
        <source>Resident %1 — %2</source>
        <translation>Resident %1 — %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>SupervisionRecord</name>
    <message>
        <source>%1 January–June</source>
        <translation>%1 January–June</translation>
    </message>
    <message>
        <source>%1 July–December</source>
        <translation>%1 July–December</translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>The local library could not be read (%1).</source>
        <translation>The local library could not be read (%1).</translation>
    </message>
    <message>
        <source>The local library could not be updated (%1).</source>
        <translation>The local library could not be updated (%1).</translation>
    </message>
    <message>
        <source>There is no conflict to resolve for this record.</source>
        <translation>There is no conflict to resolve for this record.</translation>
    </message>
    <message>
        <source>Changed on the server by %1 while it was changed here.</source>
        <translation>Changed on the server by %1 while it was changed here.</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No keychain is available on this computer, so Kenshu cannot remember your sign-in: you are signed in for this session only (%1).</source>
        <translation>No keychain is available on this computer, so Kenshu cannot remember your sign-in: you are signed in for this session only (%1).</translation>
    </message>
    <message>
        <source>Access to the keychain was refused, so Kenshu cannot remember your sign-in: you are signed in for this session only.</source>
        <translation>Access to the keychain was refused, so Kenshu cannot remember your sign-in: you are signed in for this session only.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>The keychain failed: %1</translation>
    </message>
</context>
<context>
    <name>TransferEstimate</name>
    <message numerus="yes">
        <source>about %n h left</source>
        <translation>
            <numerusform>about %n h left</numerusform>
            <numerusform>about %n h left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>TusUploader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being uploaded.</source>
        <translation>%1 changed while it was being uploaded.</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>WindowPresets</name>
    <message>
        <source>Brain</source>
        <translation>Brain</translation>
    </message>
    <message>
        <source>Soft tissue</source>
        <translation>Soft tissue</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>Lung</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Bone</translation>
    </message>
    <message>
        <source>Mediastinum</source>
        <translation>Mediastinum</translation>
    </message>
</context>
<context>
    <name>WorkflowLabels</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed (approved)</source>
        <translation>Closed (approved)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Approved (closed)</source>
        <translation>Approved (closed)</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>Registered, not approved</source>
        <translation>Registered, not approved</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>Approval requested</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>In training</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Waiting for review</translation>
    </message>
</context>
<context>
    <name>WorkflowRules</name>
    <message>
        <source>The record is already in that state.</source>
        <translation>The record is already in that state.</translation>
    </message>
    <message>
        <source>This step is not possible from the current state.</source>
        <translation>This step is not possible from the current state.</translation>
    </message>
    <message>
        <source>The two states belong to different kinds of record.</source>
        <translation>The two states belong to different kinds of record.</translation>
    </message>
    <message>
        <source>Only the author of this record can do this.</source>
        <translation>Only the author of this record can do this.</translation>
    </message>
    <message>
        <source>Only a supervisor can do this.</source>
        <translation>Only a supervisor can do this.</translation>
    </message>
    <message>
        <source>Only the training director can do this.</source>
        <translation>Only the training director can do this.</translation>
    </message>
    <message>
        <source>You cannot approve or close your own record.</source>
        <translation>You cannot approve or close your own record.</translation>
    </message>
    <message>
        <source>You cannot ask yourself for approval. Choose another supervisor.</source>
        <translation>You cannot ask yourself for approval. Choose another supervisor.</translation>
    </message>
    <message>
        <source>Choose the supervisor to ask for approval.</source>
        <translation>Choose the supervisor to ask for approval.</translation>
    </message>
    <message>
        <source>Only the supervisor this record was sent to can do this.</source>
        <translation>Only the supervisor this record was sent to can do this.</translation>
    </message>
    <message>
        <source>An approved record cannot be changed. To change it, delete it and request approval again.</source>
        <translation>An approved record cannot be changed. To change it, delete it and request approval again.</translation>
    </message>
    <message>
        <source>This record is closed (approved). A supervisor can reopen it.</source>
        <translation>This record is closed (approved). A supervisor can reopen it.</translation>
    </message>
    <message>
        <source>This record has been submitted. Withdraw it to make changes.</source>
        <translation>This record has been submitted. Withdraw it to make changes.</translation>
    </message>
    <message>
        <source>The evaluation sheet is completed. Set it back to in training to change ratings.</source>
        <translation>The evaluation sheet is completed. Set it back to in training to change ratings.</translation>
    </message>
    <message>
        <source>The evaluation sheet is completed, so the self-ratings cannot be changed. Your supervisor can set it back to in training.</source>
        <translation>The evaluation sheet is completed, so the self-ratings cannot be changed. Your supervisor can set it back to in training.</translation>
    </message>
    <message>
        <source>Approval has been requested. Withdraw the request first.</source>
        <translation>Approval has been requested. Withdraw the request first.</translation>
    </message>
    <message>
        <source>The supervisor can rate only after the resident has rated every item.</source>
        <translation>The supervisor can rate only after the resident has rated every item.</translation>
    </message>
    <message>
        <source>Training can be marked completed only when every item is rated ○ by both the resident and the supervisor.</source>
        <translation>Training can be marked completed only when every item is rated ○ by both the resident and the supervisor.</translation>
    </message>
    <message>
        <source>The evaluation sheet has no items to rate.</source>
        <translation>The evaluation sheet has no items to rate.</translation>
    </message>
    <message>
        <source>The message to the supervisor can be at most %1 characters.</source>
        <translation>The message to the supervisor can be at most %1 characters.</translation>
    </message>
    <message>
        <source>Enter the care period with an end date that is not before its start date.</source>
        <translation>Enter the care period with an end date that is not before its start date.</translation>
    </message>
    <message>
        <source>The care period must lie within the facility&apos;s certification period.</source>
        <translation>The care period must lie within the facility&apos;s certification period.</translation>
    </message>
    <message>
        <source>The supervisor&apos;s certification period does not cover the care period.</source>
        <translation>The supervisor&apos;s certification period does not cover the care period.</translation>
    </message>
    <message>
        <source>Cases and reports can be registered once the training director has approved your credential.</source>
        <translation>Cases and reports can be registered once the training director has approved your credential.</translation>
    </message>
    <message>
        <source>Not enough information to check this step.</source>
        <translation>Not enough information to check this step.</translation>
    </message>
    <message>
        <source>Programs, rooms, members and notifications are managed by the server administrator.</source>
        <translation>Programs, rooms, members and notifications are managed by the server administrator.</translation>
    </message>
</context>
<context>
    <name>kenshu</name>
    <message>
        <source>Supervised clinical training: cases, angiography review, reports and approval.</source>
        <translation>Supervised clinical training: cases, angiography review, reports and approval.</translation>
    </message>
</context>
<context>
    <name>kenshu::ApprovalRequestDialog</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — No. %2 · certified %3</source>
        <translation>%1 — No. %2 · certified %3</translation>
    </message>
    <message>
        <source>Request approval</source>
        <translation>Request approval</translation>
    </message>
    <message>
        <source>Ask the supervisor who guided you to approve your case reports. While the request is pending the reports cannot be edited; you can withdraw it until it is answered.</source>
        <translation>Ask the supervisor who guided you to approve your case reports. While the request is pending the reports cannot be edited; you can withdraw it until it is answered.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The member list is not here yet.&lt;/b&gt; Choosing a supervisor needs the list of members and facilities from the server. Sign in once while online; after that this works offline as well.</source>
        <translation>&lt;b&gt;The member list is not here yet.&lt;/b&gt; Choosing a supervisor needs the list of members and facilities from the server. Sign in once while online; after that this works offline as well.</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Send request</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Name, kana or member number</source>
        <translation>Name, kana or member number</translation>
    </message>
    <message>
        <source>Case reports in this request</source>
        <translation>Case reports in this request</translation>
    </message>
    <message>
        <source>Other registered reports of yours that await a request can go in the same request.</source>
        <translation>Other registered reports of yours that await a request can go in the same request.</translation>
    </message>
    <message>
        <source>You have no other registered reports awaiting a request.</source>
        <translation>You have no other registered reports awaiting a request.</translation>
    </message>
    <message>
        <source>Message to the supervisor</source>
        <translation>Message to the supervisor</translation>
    </message>
    <message>
        <source>Your remarks on the report are private and are not sent.</source>
        <translation>Your remarks on the report are private and are not sent.</translation>
    </message>
    <message>
        <source>No supervisor of this training program is in the member list.</source>
        <translation>No supervisor of this training program is in the member list.</translation>
    </message>
    <message>
        <source>No supervisor matches “%1”.</source>
        <translation>No supervisor matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>The report has %n problem(s) to fix first, e.g. %1: %2</source>
        <translation>
            <numerusform>The report has %n problem to fix first, e.g. %1: %2</numerusform>
            <numerusform>The report has %n problems to fix first, e.g. %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a supervisor above.</source>
        <translation>Choose a supervisor above.</translation>
    </message>
    <message>
        <source>The facility chosen on the report is not in the member list.</source>
        <translation>The facility chosen on the report is not in the member list.</translation>
    </message>
    <message>
        <source>The care period %1 is not within the certification of %2 (%3).</source>
        <translation>The care period %1 is not within the certification of %2 (%3).</translation>
    </message>
    <message>
        <source>%1&apos;s certification (%2) does not cover the care period %3.</source>
        <translation>%1&apos;s certification (%2) does not cover the care period %3.</translation>
    </message>
    <message>
        <source>Needs the member list: sign in first.</source>
        <translation>Needs the member list: sign in first.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 — %n too many</source>
        <translation>
            <numerusform>%1 / %2 — %n too many</numerusform>
            <numerusform>%1 / %2 — %n too many</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kenshu::BurnedInConfirmDialog</name>
    <message>
        <source>The file says its images carry burned-in text</source>
        <translation>The file says its images carry burned-in text</translation>
    </message>
    <message>
        <source>Images of this kind often carry burned-in text</source>
        <translation>Images of this kind often carry burned-in text</translation>
    </message>
    <message>
        <source>Confirm before upload</source>
        <translation>Confirm before upload</translation>
    </message>
    <message>
        <source>Names, IDs and dates are removed from the files before they leave this computer, but text written into the images themselves cannot be removed that way. Open the case and look at every image of these series. Upload them only if none shows the patient&apos;s name, ID, birth date or other identifying text.</source>
        <translation>Names, IDs and dates are removed from the files before they leave this computer, but text written into the images themselves cannot be removed that way. Open the case and look at every image of these series. Upload them only if none shows the patient&apos;s name, ID, birth date or other identifying text.</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modality</translation>
    </message>
    <message>
        <source>Why it is held</source>
        <translation>Why it is held</translation>
    </message>
    <message>
        <source>I looked at every image of these series and none shows patient-identifying text</source>
        <translation>I looked at every image of these series and none shows patient-identifying text</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>kenshu::CaseContentModel</name>
    <message>
        <source>Study / series</source>
        <translation>Study / series</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modality</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(no description)</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n series</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
    <message>
        <source>Series %1</source>
        <translation>Series %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF documents</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kenshu::CaseListModel</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studies</translation>
    </message>
    <message>
        <source>PDFs</source>
        <translation>PDFs</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) in this case</source>
        <translation>
            <numerusform>%n PDF in this case</numerusform>
            <numerusform>%n PDFs in this case</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kenshu::CasePanel</name>
    <message>
        <source>Select a case to see its studies and PDFs.</source>
        <translation>Select a case to see its studies and PDFs.</translation>
    </message>
    <message numerus="yes">
        <source>%n study(ies)</source>
        <translation>
            <numerusform>%n study</numerusform>
            <numerusform>%n studies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n series</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s)</source>
        <translation>
            <numerusform>%n PDF</numerusform>
            <numerusform>%n PDFs</numerusform>
        </translation>
    </message>
    <message>
        <source>New report for this case…</source>
        <translation>New report for this case…</translation>
    </message>
    <message>
        <source>Double-click a series or a PDF to open the case page.</source>
        <translation>Double-click a series or a PDF to open the case page.</translation>
    </message>
</context>
<context>
    <name>kenshu::CommentThreadView</name>
    <message>
        <source>No comments yet.</source>
        <translation>No comments yet.</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Write a comment…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Delete comment</translation>
    </message>
    <message>
        <source>Delete this comment? A note that it was deleted stays in the thread.</source>
        <translation>Delete this comment? A note that it was deleted stays in the thread.</translation>
    </message>
    <message>
        <source> (supervisor)</source>
        <translation> (supervisor)</translation>
    </message>
    <message>
        <source> (director)</source>
        <translation> (director)</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>edited %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s) kept</source>
        <translation>
            <numerusform>%n earlier version kept</numerusform>
            <numerusform>%n earlier versions kept</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>Not yet sent</translation>
    </message>
    <message>
        <source>Saved on this computer; it will be sent when Kenshu syncs.</source>
        <translation>Saved on this computer; it will be sent when Kenshu syncs.</translation>
    </message>
    <message>
        <source>Edit or delete your comment</source>
        <translation>Edit or delete your comment</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>This comment was deleted on %1.</source>
        <translation>This comment was deleted on %1.</translation>
    </message>
    <message>
        <source>Closed the consultation (approved)</source>
        <translation>Closed the consultation (approved)</translation>
    </message>
    <message>
        <source>Drawing on frame %1 — click to show it on the image</source>
        <translation>Drawing on frame %1 — click to show it on the image</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Editing your comment. The earlier text is kept in its history.</source>
        <translation>Editing your comment. The earlier text is kept in its history.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>Write the closing comment. Closing approves the case and makes it read-only until a supervisor reopens it.</source>
        <translation>Write the closing comment. Closing approves the case and makes it read-only until a supervisor reopens it.</translation>
    </message>
    <message>
        <source>%1 goes with the comment</source>
        <translation>%1 goes with the comment</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>kenshu::ConflictDialog</name>
    <message>
        <source>Resolve a sync conflict</source>
        <translation>Resolve a sync conflict</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was changed here and on the server.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; was changed here and on the server.</translation>
    </message>
    <message>
        <source>The server&apos;s version was saved by %1 at %2.</source>
        <translation>The server&apos;s version was saved by %1 at %2.</translation>
    </message>
    <message>
        <source>The server no longer has this record (it was deleted there).</source>
        <translation>The server no longer has this record (it was deleted there).</translation>
    </message>
    <message>
        <source>On this device it was deleted.</source>
        <translation>On this device it was deleted.</translation>
    </message>
    <message>
        <source>Fields that differ are highlighted. Keep your version, take the server&apos;s, or choose per field and merge. Nothing is lost until you decide.</source>
        <translation>Fields that differ are highlighted. Keep your version, take the server&apos;s, or choose per field and merge. Nothing is lost until you decide.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>On this device (yours)</source>
        <translation>On this device (yours)</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Show only fields that differ</source>
        <translation>Show only fields that differ</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>Take the server&apos;s</translation>
    </message>
    <message>
        <source>Merge as chosen</source>
        <translation>Merge as chosen</translation>
    </message>
    <message>
        <source>One of the versions is a deletion: keep one of them.</source>
        <translation>One of the versions is a deletion: keep one of them.</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Server&apos;s</source>
        <translation>Server&apos;s</translation>
    </message>
</context>
<context>
    <name>kenshu::DateRangeEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>kenshu::DiscussionPanel</name>
    <message>
        <source>&lt;b&gt;Discussion&lt;/b&gt;</source>
        <translation>&lt;b&gt;Discussion&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>Approve the case: write a closing comment, then it is read-only</source>
        <translation>Approve the case: write a closing comment, then it is read-only</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Make the case editable again</source>
        <translation>Make the case editable again</translation>
    </message>
    <message>
        <source>Closed (approved) — read-only</source>
        <translation>Closed (approved) — read-only</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>kenshu::FacilityEditor</name>
    <message>
        <source>Facility name or certification number</source>
        <translation>Facility name or certification number</translation>
    </message>
    <message>
        <source>%1 — No. %2</source>
        <translation>%1 — No. %2</translation>
    </message>
    <message>
        <source>%1 (certification ended)</source>
        <translation>%1 (certification ended)</translation>
    </message>
</context>
<context>
    <name>kenshu::FieldEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Member number</translation>
    </message>
    <message>
        <source>Case title, e.g. 123456-001</source>
        <translation>Case title, e.g. 123456-001</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
</context>
<context>
    <name>kenshu::FormView</name>
    <message>
        <source>Self-rating / Supervisor (○ achieved, × not yet)</source>
        <translation>Self-rating / Supervisor (○ achieved, × not yet)</translation>
    </message>
</context>
<context>
    <name>kenshu::FrameStore</name>
    <message>
        <source>The series has no images.</source>
        <translation>The series has no images.</translation>
    </message>
    <message>
        <source>The images of the series cannot be read.</source>
        <translation>The images of the series cannot be read.</translation>
    </message>
</context>
<context>
    <name>kenshu::ImportDialog</name>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Add study to %1</source>
        <translation>Add study to %1</translation>
    </message>
    <message>
        <source>Optional: a short note on the case</source>
        <translation>Optional: a short note on the case</translation>
    </message>
    <message>
        <source>e.g. 123456</source>
        <translation>e.g. 123456</translation>
    </message>
    <message>
        <source>&amp;Member number:</source>
        <translation>&amp;Member number:</translation>
    </message>
    <message>
        <source>Case &amp;title:</source>
        <translation>Case &amp;title:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Drop DICOM files, a CD folder with a DICOMDIR, or PDFs here.</source>
        <translation>Drop DICOM files, a CD folder with a DICOMDIR, or PDFs here.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Add f&amp;older…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>DICOM files, whole folders (a cath-lab CD with its DICOMDIR) and PDFs. Files are sorted into studies and series automatically.</source>
        <translation>DICOM files, whole folders (a cath-lab CD with its DICOMDIR) and PDFs. Files are sorted into studies and series automatically.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Files and folders to import:</source>
        <translation>Files and folders to import:</translation>
    </message>
    <message>
        <source>A case with this title exists: the files will be added to it.</source>
        <translation>A case with this title exists: the files will be added to it.</translation>
    </message>
    <message>
        <source>All 999 case numbers of this member number are in use.</source>
        <translation>All 999 case numbers of this member number are in use.</translation>
    </message>
    <message>
        <source>Choose DICOM or PDF files</source>
        <translation>Choose DICOM or PDF files</translation>
    </message>
    <message>
        <source>DICOM and PDF files (*.dcm *.DCM *.dicom *.pdf *.PDF DICOMDIR *);;All files (*)</source>
        <translation>DICOM and PDF files (*.dcm *.DCM *.dicom *.pdf *.PDF DICOMDIR *);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a folder or CD</source>
        <translation>Choose a folder or CD</translation>
    </message>
</context>
<context>
    <name>kenshu::ImportReportDialog</name>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>The import was cancelled; nothing was added.</translation>
    </message>
    <message numerus="yes">
        <source>%n DICOM instance(s) added</source>
        <translation>
            <numerusform>%n DICOM instance added</numerusform>
            <numerusform>%n DICOM instances added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the case</source>
        <translation>
            <numerusform>%n already in the case</numerusform>
            <numerusform>%n already in the case</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) added</source>
        <translation>
            <numerusform>%n PDF added</numerusform>
            <numerusform>%n PDFs added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) already in the case</source>
        <translation>
            <numerusform>%n PDF already in the case</numerusform>
            <numerusform>%n PDFs already in the case</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected</source>
        <translation>
            <numerusform>%n file rejected</numerusform>
            <numerusform>%n files rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>%n file skipped</numerusform>
            <numerusform>%n files skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Case %1: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>kenshu::MainWindow</name>
    <message>
        <source>Kenshu — case library</source>
        <translation>Kenshu — case library</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>Create a case from DICOM files, a CD folder or PDFs (%1)</source>
        <translation>Create a case from DICOM files, a CD folder or PDFs (%1)</translation>
    </message>
    <message>
        <source>&amp;Add study…</source>
        <translation>&amp;Add study…</translation>
    </message>
    <message>
        <source>Add DICOM files or PDFs to the selected case (Ctrl+I)</source>
        <translation>Add DICOM files or PDFs to the selected case (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Search cases (title or note)</source>
        <translation>Search cases (title or note)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No cases yet&lt;/h2&gt;&lt;p&gt;Create a case from a cath-lab CD, DICOM files or PDFs.&lt;br&gt;You can also drop files or folders onto this window.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;No cases yet&lt;/h2&gt;&lt;p&gt;Create a case from a cath-lab CD, DICOM files or PDFs.&lt;br&gt;You can also drop files or folders onto this window.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Looking for files…</translation>
    </message>
    <message>
        <source>Reading file %1 of %2…</source>
        <translation>Reading file %1 of %2…</translation>
    </message>
    <message>
        <source>Copying file %1 of %2 into the library…</source>
        <translation>Copying file %1 of %2 into the library…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>Import running</translation>
    </message>
    <message>
        <source>An import is still running. Stop it and quit? Nothing of it will be kept.</source>
        <translation>An import is still running. Stop it and quit? Nothing of it will be kept.</translation>
    </message>
    <message>
        <source>New &amp;report…</source>
        <translation>New &amp;report…</translation>
    </message>
    <message>
        <source>Write a training report, case report, case log or evaluation sheet (Ctrl+R)</source>
        <translation>Write a training report, case report, case log or evaluation sheet (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Double-click a report to open it.</source>
        <translation>Double-click a report to open it.</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Open report</translation>
    </message>
    <message>
        <source>This report was written with a form this version of Kenshu does not know (%1, version %2). Update Kenshu to open it.</source>
        <translation>This report was written with a form this version of Kenshu does not know (%1, version %2). Update Kenshu to open it.</translation>
    </message>
    <message>
        <source>&amp;Supervision record…</source>
        <translation>&amp;Supervision record…</translation>
    </message>
    <message>
        <source>Cases discussed with a supervisor, per resident and half-year</source>
        <translation>Cases discussed with a supervisor, per resident and half-year</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Records</translation>
    </message>
    <message>
        <source>Confirm before upload</source>
        <translation>Confirm before upload</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <source>Kenshu — case library — %1</source>
        <translation>Kenshu — case library — %1</translation>
    </message>
</context>
<context>
    <name>kenshu::NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation>New report</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>No case</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>For case:</source>
        <translation>For case:</translation>
    </message>
    <message>
        <source>Report type:</source>
        <translation>Report type:</translation>
    </message>
</context>
<context>
    <name>kenshu::NoticeBar</name>
    <message>
        <source>Close this note</source>
        <translation>Close this note</translation>
    </message>
</context>
<context>
    <name>kenshu::PaintToolBar</name>
    <message>
        <source>Paint</source>
        <translation>Paint</translation>
    </message>
    <message>
        <source>Paint mode on or off (D); Esc ends it</source>
        <translation>Paint mode on or off (D); Esc ends it</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Select</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Arrow</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Pen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Eraser</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Colour of new drawings and of the selected one</source>
        <translation>Colour of new drawings and of the selected one</translation>
    </message>
    <message>
        <source>Custom colour…</source>
        <translation>Custom colour…</translation>
    </message>
    <message>
        <source>Drawing colour</source>
        <translation>Drawing colour</translation>
    </message>
    <message>
        <source>Line width of new drawings and of the selected one</source>
        <translation>Line width of new drawings and of the selected one</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Whole series</source>
        <translation>Whole series</translation>
    </message>
    <message>
        <source>New drawings show on every frame of the series instead of this frame only (S)</source>
        <translation>New drawings show on every frame of the series instead of this frame only (S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Remove every drawing shown on this frame</source>
        <translation>Remove every drawing shown on this frame</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Save this frame with its drawings as a PNG (Ctrl+Shift+S)</source>
        <translation>Save this frame with its drawings as a PNG (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Export GSPS</source>
        <translation>Export GSPS</translation>
    </message>
    <message>
        <source>Save the drawings as a DICOM presentation state for PACS viewers</source>
        <translation>Save the drawings as a DICOM presentation state for PACS viewers</translation>
    </message>
    <message>
        <source>End paint mode</source>
        <translation>End paint mode</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Undo %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Redo %1 (Ctrl+Shift+Z)</translation>
    </message>
</context>
<context>
    <name>kenshu::PdfPane</name>
    <message>
        <source>Close the PDF</source>
        <translation>Close the PDF</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Fit the page to the width</translation>
    </message>
    <message>
        <source>Search in the PDF</source>
        <translation>Search in the PDF</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Previous hit (Shift+Enter)</source>
        <translation>Previous hit (Shift+Enter)</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Next hit (Enter)</source>
        <translation>Next hit (Enter)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>/ %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>No hits</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>kenshu::ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>e.g. 123456</source>
        <translation>e.g. 123456</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Training director</source>
        <translation>Training director</translation>
    </message>
    <message>
        <source>Until this computer signs in to your program&apos;s server, these details stand for you: they name your cases and reports and decide which steps you can take.</source>
        <translation>Until this computer signs in to your program&apos;s server, these details stand for you: they name your cases and reports and decide which steps you can take.</translation>
    </message>
    <message>
        <source>Member number:</source>
        <translation>Member number:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
</context>
<context>
    <name>kenshu::RatingEditor</name>
    <message>
        <source>Self-rating (resident)</source>
        <translation>Self-rating (resident)</translation>
    </message>
    <message>
        <source>Supervisor&apos;s rating</source>
        <translation>Supervisor&apos;s rating</translation>
    </message>
</context>
<context>
    <name>kenshu::ReportListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>Log entry</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Last saved</translation>
    </message>
</context>
<context>
    <name>kenshu::ReportRequestRow</name>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>✓ Can be sent</source>
        <translation>✓ Can be sent</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
</context>
<context>
    <name>kenshu::ReportWindow</name>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>A title for your own list, e.g. the event or case</source>
        <translation>A title for your own list, e.g. the event or case</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Click a problem to go to its field.</source>
        <translation>Click a problem to go to its field.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the report laid out as a paper form (%1)</source>
        <translation>Print the report laid out as a paper form (%1)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Start next year&apos;s sheet</source>
        <translation>Start next year&apos;s sheet</translation>
    </message>
    <message>
        <source>A new sheet for next year with these ratings carried over</source>
        <translation>A new sheet for next year with these ratings carried over</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>Log entry</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;This cannot be handed on yet:&lt;/b&gt; %n field(s) need attention. The draft is saved as it is.</source>
        <translation>
            <numerusform>&lt;b&gt;This cannot be handed on yet:&lt;/b&gt; %n field need attention. The draft is saved as it is.</numerusform>
            <numerusform>&lt;b&gt;This cannot be handed on yet:&lt;/b&gt; %n fields need attention. The draft is saved as it is.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2?</source>
        <translation>%1: %2?</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: done</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>%1 (next year)</source>
        <translation>%1 (next year)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The last changes could not be saved: %1

Close anyway and lose them?</source>
        <translation>The last changes could not be saved: %1

Close anyway and lose them?</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Request approval</source>
        <translation>Request approval</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Sending the request…</translation>
    </message>
    <message numerus="yes">
        <source>Approval requested for %n report(s).</source>
        <translation>
            <numerusform>Approval requested for %n report.</numerusform>
            <numerusform>Approval requested for %n reports.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kenshu::SignInDialog</name>
    <message>
        <source>Sign in to Kenshu</source>
        <translation>Sign in to Kenshu</translation>
    </message>
    <message>
        <source>https://kenshu.example-hospital.jp</source>
        <translation>https://kenshu.example-hospital.jp</translation>
    </message>
    <message>
        <source>Set by your IT department.</source>
        <translation>Set by your IT department.</translation>
    </message>
    <message>
        <source>name@example-hospital.jp</source>
        <translation>name@example-hospital.jp</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Forgot password?</translation>
    </message>
    <message>
        <source>Opens the server&apos;s password page in your browser.</source>
        <translation>Opens the server&apos;s password page in your browser.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>The sign-in failed.</source>
        <translation>The sign-in failed.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the server address and the network connection, then try again.</source>
        <translation>The server cannot be reached. Check the server address and the network connection, then try again.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>kenshu::SingleChoiceEditor</name>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
</context>
<context>
    <name>kenshu::SupervisionRecordWindow</name>
    <message>
        <source>Supervision record — Kenshu</source>
        <translation>Supervision record — Kenshu</translation>
    </message>
    <message>
        <source>Cases with at least one supervisor comment, per resident and half-year (January–June, July–December). A discussion counts only in the half-year it took place in.</source>
        <translation>Cases with at least one supervisor comment, per resident and half-year (January–June, July–December). A discussion counts only in the half-year it took place in.</translation>
    </message>
    <message>
        <source>Resident / half-year / case</source>
        <translation>Resident / half-year / case</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Resident %1</source>
        <translation>Resident %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>No case has a supervisor&apos;s comment yet.</source>
        <translation>No case has a supervisor&apos;s comment yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n case entry(ies)</source>
        <translation>
            <numerusform>%n case entry</numerusform>
            <numerusform>%n case entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Export supervision record</source>
        <translation>Export supervision record</translation>
    </message>
    <message>
        <source>supervision-record.pdf</source>
        <translation>supervision-record.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>supervision-record.csv</source>
        <translation>supervision-record.csv</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>kenshu::SyncControls</name>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Sign &amp;in…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Sign out: this computer forgets the sign-in. Your work stays here.</source>
        <translation>Sign out: this computer forgets the sign-in. Your work stays here.</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <source>Send your changes to the server and fetch what changed there (%1)</source>
        <translation>Send your changes to the server and fetch what changed there (%1)</translation>
    </message>
    <message>
        <source>Sync &amp;problems…</source>
        <translation>Sync &amp;problems…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>The training room new cases and reports go to</source>
        <translation>The training room new cases and reports go to</translation>
    </message>
    <message>
        <source>You are signed out: %1 Your work stays on this computer.</source>
        <translation>You are signed out: %1 Your work stays on this computer.</translation>
    </message>
    <message>
        <source>This computer has no keychain Kenshu can use, so you are signed in for this session only: next time Kenshu asks for your password again.</source>
        <translation>This computer has no keychain Kenshu can use, so you are signed in for this session only: next time Kenshu asks for your password again.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
</context>
<context>
    <name>kenshu::SyncIssueList</name>
    <message>
        <source>A change</source>
        <translation>A change</translation>
    </message>
    <message>
        <source>Conflict: %1 was changed on the server too. Both versions are kept. (%2)</source>
        <translation>Conflict: %1 was changed on the server too. Both versions are kept. (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for you: a study whose images may show patient data burned in (%n series). Look at them, then confirm. (%1)</source>
        <translation>
            <numerusform>Waiting for you: a study whose images may show patient data burned in (%n series). Look at them, then confirm. (%1)</numerusform>
            <numerusform>Waiting for you: a study whose images may show patient data burned in (%n series). Look at them, then confirm. (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1 — %2 (%3)</source>
        <translation>Refused: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Sync problems</translation>
    </message>
    <message>
        <source>These changes are kept on this computer but are not on the server as they are. Open one to decide what to do.</source>
        <translation>These changes are kept on this computer but are not on the server as they are. Open one to decide what to do.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>kenshu::SyncStatusWidget</name>
    <message>
        <source>Uploading file %1 of %2</source>
        <translation>Uploading file %1 of %2</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Changes the server did not take as they are: open the list</source>
        <translation>Changes the server did not take as they are: open the list</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Your work is kept on this computer. Sign in to share it with your supervisors.</source>
        <translation>Your work is kept on this computer. Sign in to share it with your supervisors.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>The server has not been reached yet. Your work is kept here and sent when it can be.</source>
        <translation>The server has not been reached yet. Your work is kept here and sent when it can be.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>The local library could not be read: %1</source>
        <translation>The local library could not be read: %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation>The server refused a change: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved on this computer, not yet on the server</source>
        <translation>Saved on this computer, not yet on the server</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n study(ies) to confirm</source>
        <translation>
            <numerusform>%n study to confirm</numerusform>
            <numerusform>%n studies to confirm</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>kenshu::ViewerWidget</name>
    <message>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>Frame %1/%2</source>
        <translation>Frame %1/%2</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>W %1 L %2</source>
        <translation>W %1 L %2</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <source>VOI LUT</source>
        <translation>VOI LUT</translation>
    </message>
</context>
<context>
    <name>kenshu::ViewerWindow</name>
    <message>
        <source>%1 — Kenshu viewer</source>
        <translation>%1 — Kenshu viewer</translation>
    </message>
    <message>
        <source>Series %1</source>
        <translation>Series %1</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Play / pause (Space)</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>Playback speed; starts at the rate the file declares</source>
        <translation>Playback speed; starts at the rate the file declares</translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation>&amp;Loop</translation>
    </message>
    <message>
        <source>Right-drag: window/level · wheel: zoom · O: overlays</source>
        <translation>Right-drag: window/level · wheel: zoom · O: overlays</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Window presets (W: back to the file&apos;s window)</source>
        <translation>Window presets (W: back to the file&apos;s window)</translation>
    </message>
    <message>
        <source>File window</source>
        <translation>File window</translation>
    </message>
    <message>
        <source>Full range</source>
        <translation>Full range</translation>
    </message>
    <message>
        <source>%1 (W %2 L %3)</source>
        <translation>%1 (W %2 L %3)</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Drawings</translation>
    </message>
    <message>
        <source>The drawings could not be saved or loaded: %1</source>
        <translation>The drawings could not be saved or loaded: %1</translation>
    </message>
    <message>
        <source>snapshot-frame-%1.png</source>
        <translation>snapshot-frame-%1.png</translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation>Save snapshot</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Export GSPS</source>
        <translation>Export GSPS</translation>
    </message>
    <message>
        <source>There are no drawings on this frame to export.</source>
        <translation>There are no drawings on this frame to export.</translation>
    </message>
    <message>
        <source>drawings-frame-%1_PR.dcm</source>
        <translation>drawings-frame-%1_PR.dcm</translation>
    </message>
    <message>
        <source>DICOM presentation states (*.dcm)</source>
        <translation>DICOM presentation states (*.dcm)</translation>
    </message>
    <message numerus="yes">
        <source>PDF, %n page(s) — click to open it beside the images</source>
        <translation>
            <numerusform>PDF, %n page — click to open it beside the images</numerusform>
            <numerusform>PDF, %n pages — click to open it beside the images</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>Drawing</translation>
    </message>
    <message>
        <source>The series this drawing was made on is not in this case.</source>
        <translation>The series this drawing was made on is not in this case.</translation>
    </message>
    <message>
        <source>The drawing on frame %1</source>
        <translation>The drawing on frame %1</translation>
    </message>
    <message>
        <source>The case is closed: drawings cannot be changed.</source>
        <translation>The case is closed: drawings cannot be changed.</translation>
    </message>
</context>
<context>
    <name>kenshu::sync::ApiClient</name>
    <message>
        <source>The server did not answer in time. Kenshu will try again.</source>
        <translation>The server did not answer in time. Kenshu will try again.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified, so Kenshu did not connect (%1). Ask IT whether the server certificate or the CA bundle is right.</source>
        <translation>The server&apos;s identity could not be verified, so Kenshu did not connect (%1). Ask IT whether the server certificate or the CA bundle is right.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Kenshu works offline and will sync when it can.</source>
        <translation>The server cannot be reached (%1). Kenshu works offline and will sync when it can.</translation>
    </message>
    <message>
        <source>The server address is not valid: %1</source>
        <translation>The server address is not valid: %1</translation>
    </message>
    <message>
        <source>The server address must start with https:// (Kenshu only talks to servers over verified TLS): %1</source>
        <translation>The server address must start with https:// (Kenshu only talks to servers over verified TLS): %1</translation>
    </message>
    <message>
        <source>The server address must not hold a user name, a query or a fragment.</source>
        <translation>The server address must not hold a user name, a query or a fragment.</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>The CA bundle %1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>No server is set. Sign in first.</source>
        <translation>No server is set. Sign in first.</translation>
    </message>
</context>
<context>
    <name>kenshu::sync::Auth</name>
    <message>
        <source>The server&apos;s sign-in answer had no tokens.</source>
        <translation>The server&apos;s sign-in answer had no tokens.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>The e-mail address or the password is wrong.</translation>
    </message>
    <message>
        <source>Signed out on this computer, but the server could not be told (%1). The sign-in ends there by itself when it expires.</source>
        <translation>Signed out on this computer, but the server could not be told (%1). The sign-in ends there by itself when it expires.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation>Your sign-in has expired or was revoked. Sign in again.</translation>
    </message>
</context>
<context>
    <name>kenshu::sync::Downloader</name>
    <message>
        <source>Another file is being fetched.</source>
        <translation>Another file is being fetched.</translation>
    </message>
    <message>
        <source>This is not the name of a file on the server.</source>
        <translation>This is not the name of a file on the server.</translation>
    </message>
</context>
<context>
    <name>kenshu::sync::StudyFetcher</name>
    <message>
        <source>Another study is being fetched.</source>
        <translation>Another study is being fetched.</translation>
    </message>
</context>
<context>
    <name>kenshu::sync::SyncEngine</name>
    <message>
        <source>The server&apos;s answer to a change was not a record.</source>
        <translation>The server&apos;s answer to a change was not a record.</translation>
    </message>
    <message>
        <source>Changed on the server by %1 since this version was made here.</source>
        <translation>Changed on the server by %1 since this version was made here.</translation>
    </message>
    <message>
        <source>The server no longer has the version this change was made on.</source>
        <translation>The server no longer has the version this change was made on.</translation>
    </message>
    <message>
        <source>The server&apos;s change feed was not understood.</source>
        <translation>The server&apos;s change feed was not understood.</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: the images of %n series may show patient data burned into the pixels. Look at every frame, then confirm.</source>
        <translation>
            <numerusform>Not sent: the images of %n series may show patient data burned into the pixels. Look at every frame, then confirm.</numerusform>
            <numerusform>Not sent: the images of %n series may show patient data burned into the pixels. Look at every frame, then confirm.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kenshu::sync::SyncSession</name>
    <message>
        <source>Another sign-in or sync is running on this data folder. Kenshu will try again.</source>
        <translation>Another sign-in or sync is running on this data folder. Kenshu will try again.</translation>
    </message>
    <message>
        <source>Another sign-in or sync is running on this data folder.</source>
        <translation>Another sign-in or sync is running on this data folder.</translation>
    </message>
    <message>
        <source>The sign-in is no longer remembered on this computer. Sign in again.</source>
        <translation>The sign-in is no longer remembered on this computer. Sign in again.</translation>
    </message>
</context>
<context>
    <name>kenshu::sync::TusUploader</name>
    <message>
        <source>The server did not say where to send the file.</source>
        <translation>The server did not say where to send the file.</translation>
    </message>
    <message>
        <source>The server gave an unexpected upload offset.</source>
        <translation>The server gave an unexpected upload offset.</translation>
    </message>
</context>
<context>
    <name>kenshuctl</name>
    <message>
        <source>Imports DICOM files, DICOMDIR folders and PDFs into a case, creating the case if it does not exist.</source>
        <translation>Imports DICOM files, DICOMDIR folders and PDFs into a case, creating the case if it does not exist.</translation>
    </message>
    <message>
        <source>Case title, e.g. 123456-001.</source>
        <translation>Case title, e.g. 123456-001.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>Note for a new case.</source>
        <translation>Note for a new case.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Files and folders to import.</source>
        <translation>Files and folders to import.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>PATH...</translation>
    </message>
    <message>
        <source>Usage: kenshuctl import --case TITLE [--note TEXT] PATH...</source>
        <translation>Usage: kenshuctl import --case TITLE [--note TEXT] PATH...</translation>
    </message>
    <message>
        <source>Case %1: %2 new DICOM instance(s), %3 already present; %4 new PDF(s), %5 already present.</source>
        <translation>Case %1: %2 new DICOM instance(s), %3 already present; %4 new PDF(s), %5 already present.</translation>
    </message>
    <message>
        <source>Lists the cases in the local library.</source>
        <translation>Lists the cases in the local library.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Print a JSON array.</translation>
    </message>
    <message>
        <source>%1 study(ies), %2 PDF(s)</source>
        <translation>%1 study(ies), %2 PDF(s)</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Renders one frame of a DICOM file exactly as the viewer shows it.</source>
        <translation>Renders one frame of a DICOM file exactly as the viewer shows it.</translation>
    </message>
    <message>
        <source>Frame index, from 0.</source>
        <translation>Frame index, from 0.</translation>
    </message>
    <message>
        <source>Output image: .png, .pgm or .ppm.</source>
        <translation>Output image: .png, .pgm or .ppm.</translation>
    </message>
    <message>
        <source>DICOM file.</source>
        <translation>DICOM file.</translation>
    </message>
    <message>
        <source>Usage: kenshuctl render FILE --frame N --out OUT.png|pgm|ppm [--window C,W]</source>
        <translation>Usage: kenshuctl render FILE --frame N --out OUT.png|pgm|ppm [--window C,W]</translation>
    </message>
    <message>
        <source>This is a colour image: write it as .ppm or .png.</source>
        <translation>This is a colour image: write it as .ppm or .png.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Frame %1 (%2 x %3) written to %4.</source>
        <translation>Frame %1 (%2 x %3) written to %4.</translation>
    </message>
    <message>
        <source>Measures how fast the viewer decodes a file; prints one JSON line.</source>
        <translation>Measures how fast the viewer decodes a file; prints one JSON line.</translation>
    </message>
    <message>
        <source>Decoding threads.</source>
        <translation>Decoding threads.</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>decode</translation>
    </message>
    <message>
        <source>Usage: kenshuctl bench decode FILE [--threads N]</source>
        <translation>Usage: kenshuctl bench decode FILE [--threads N]</translation>
    </message>
    <message>
        <source>Window centre and width (default: the file&apos;s first window, else its VOI LUT, else the frame&apos;s min-max).</source>
        <translation>Window centre and width (default: the file&apos;s first window, else its VOI LUT, else the frame&apos;s min-max).</translation>
    </message>
    <message>
        <source>Drawing layer (JSON) to apply.</source>
        <translation>Drawing layer (JSON) to apply.</translation>
    </message>
    <message>
        <source>Renders one frame with its drawings burned in, at image resolution.</source>
        <translation>Renders one frame with its drawings burned in, at image resolution.</translation>
    </message>
    <message>
        <source>Frame index, from 0 (default: the layer&apos;s frame, else 0).</source>
        <translation>Frame index, from 0 (default: the layer&apos;s frame, else 0).</translation>
    </message>
    <message>
        <source>Output image (.png).</source>
        <translation>Output image (.png).</translation>
    </message>
    <message>
        <source>Usage: kenshuctl annotate FILE [--frame N] --annotations A.json --out OUT.png</source>
        <translation>Usage: kenshuctl annotate FILE [--frame N] --annotations A.json --out OUT.png</translation>
    </message>
    <message>
        <source>Frame %1 with %2 drawings written to %3.</source>
        <translation>Frame %1 with %2 drawings written to %3.</translation>
    </message>
    <message>
        <source>Writes the drawings as a DICOM Grayscale Softcopy Presentation State that references the image; a layer with a frame applies to that frame only.</source>
        <translation>Writes the drawings as a DICOM Grayscale Softcopy Presentation State that references the image; a layer with a frame applies to that frame only.</translation>
    </message>
    <message>
        <source>Output presentation state file.</source>
        <translation>Output presentation state file.</translation>
    </message>
    <message>
        <source>Usage: kenshuctl gsps FILE --annotations A.json --out OUT_PR.dcm</source>
        <translation>Usage: kenshuctl gsps FILE --annotations A.json --out OUT_PR.dcm</translation>
    </message>
    <message>
        <source>Presentation state written to %1.</source>
        <translation>Presentation state written to %1.</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>not synced</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synced</translation>
    </message>
    <message>
        <source>Lists the records in the local library with their sync state.</source>
        <translation>Lists the records in the local library with their sync state.</translation>
    </message>
    <message>
        <source>Only records of this type (e.g. report).</source>
        <translation>Only records of this type (e.g. report).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Unknown record type: %1</source>
        <translation>Unknown record type: %1</translation>
    </message>
    <message>
        <source>import, cases, records, render, annotate, gsps, deidentify, login, sync, logout, upload or bench</source>
        <translation>import, cases, records, render, annotate, gsps, deidentify, login, sync, logout, upload or bench</translation>
    </message>
    <message>
        <source>a DICOMDIR (an index with patient data)</source>
        <translation>a DICOMDIR (an index with patient data)</translation>
    </message>
    <message>
        <source>not DICOM</source>
        <translation>not DICOM</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3 removed, %4 emptied, %5 replaced, %6 with new UIDs)</source>
        <translation>%1 -&gt; %2 (%3 removed, %4 emptied, %5 replaced, %6 with new UIDs)</translation>
    </message>
    <message>
        <source>Warning: %1 may show patient data burned into the image (Burned In Annotation, or an ultrasound or screen capture). Look at every frame before sharing it.</source>
        <translation>Warning: %1 may show patient data burned into the image (Burned In Annotation, or an ultrasound or screen capture). Look at every frame before sharing it.</translation>
    </message>
    <message>
        <source>Makes de-identified copies of DICOM files (DICOM PS3.15 Basic Application Level Confidentiality Profile; UIDs remapped consistently with the key in the data folder). A folder is searched recursively; its copies are named after their new SOP Instance UIDs. The originals are not changed.</source>
        <translation>Makes de-identified copies of DICOM files (DICOM PS3.15 Basic Application Level Confidentiality Profile; UIDs remapped consistently with the key in the data folder). A folder is searched recursively; its copies are named after their new SOP Instance UIDs. The originals are not changed.</translation>
    </message>
    <message>
        <source>A DICOM file or a folder.</source>
        <translation>A DICOM file or a folder.</translation>
    </message>
    <message>
        <source>The copy, or a folder for the copies.</source>
        <translation>The copy, or a folder for the copies.</translation>
    </message>
    <message>
        <source>Usage: kenshuctl [--data-dir DIR] deidentify IN OUT</source>
        <translation>Usage: kenshuctl [--data-dir DIR] deidentify IN OUT</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>The output folder %1 must not be inside %2.</source>
        <translation>The output folder %1 must not be inside %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 skipped: %2</translation>
    </message>
    <message>
        <source>%1 file(s) de-identified into %2, %3 skipped, %4 failed.</source>
        <translation>%1 file(s) de-identified into %2, %3 skipped, %4 failed.</translation>
    </message>
    <message>
        <source>There are no DICOM files in %1.</source>
        <translation>There are no DICOM files in %1.</translation>
    </message>
    <message>
        <source>Give the password with --password-stdin, or run kenshuctl in a terminal.</source>
        <translation>Give the password with --password-stdin, or run kenshuctl in a terminal.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>No password was given.</translation>
    </message>
    <message>
        <source>Another sign-in or sync is running on this data folder.</source>
        <translation>Another sign-in or sync is running on this data folder.</translation>
    </message>
    <message>
        <source>Not signed in. Run: kenshuctl login --server URL --email E</source>
        <translation>Not signed in. Run: kenshuctl login --server URL --email E</translation>
    </message>
    <message>
        <source>The sign-in is no longer remembered here. Run kenshuctl login again.</source>
        <translation>The sign-in is no longer remembered here. Run kenshuctl login again.</translation>
    </message>
    <message>
        <source>Signs in to a Kenshu server. The password is never stored; the sign-in is remembered in the system keychain.</source>
        <translation>Signs in to a Kenshu server. The password is never stored; the sign-in is remembered in the system keychain.</translation>
    </message>
    <message>
        <source>Server address (https://…).</source>
        <translation>Server address (https://…).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Your e-mail address.</source>
        <translation>Your e-mail address.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Read the password from standard input.</translation>
    </message>
    <message>
        <source>PEM file of CA certificates to trust besides the system&apos;s.</source>
        <translation>PEM file of CA certificates to trust besides the system&apos;s.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Usage: kenshuctl login --server URL --email E [--password-stdin] [--ca-bundle F]</source>
        <translation>Usage: kenshuctl login --server URL --email E [--password-stdin] [--ca-bundle F]</translation>
    </message>
    <message>
        <source>The sign-in failed.</source>
        <translation>The sign-in failed.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3).</source>
        <translation>Signed in to %1 as %2 (%3).</translation>
    </message>
    <message>
        <source>Sends local changes to the server and fetches what changed there. Exit code 0 when everything is up to date.</source>
        <translation>Sends local changes to the server and fetches what changed there. Exit code 0 when everything is up to date.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Print the result as JSON.</translation>
    </message>
    <message>
        <source>%1 change(s) could not be synced; see above.</source>
        <translation>%1 change(s) could not be synced; see above.</translation>
    </message>
    <message>
        <source>Uploads files as blobs: DICOM files de-identified first (the originals stay here), PDF and PNG as they are. An interrupted upload resumes where the server stopped.</source>
        <translation>Uploads files as blobs: DICOM files de-identified first (the originals stay here), PDF and PNG as they are. An interrupted upload resumes where the server stopped.</translation>
    </message>
    <message>
        <source>You have looked at every frame: no patient data is burned into the images.</source>
        <translation>You have looked at every frame: no patient data is burned into the images.</translation>
    </message>
    <message>
        <source>Files to upload.</source>
        <translation>Files to upload.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>Usage: kenshuctl upload FILE... [--confirm-burned-in]</source>
        <translation>Usage: kenshuctl upload FILE... [--confirm-burned-in]</translation>
    </message>
    <message>
        <source>the images may show patient data burned into the pixels. Look at every frame, then upload with --confirm-burned-in.</source>
        <translation>the images may show patient data burned into the pixels. Look at every frame, then upload with --confirm-burned-in.</translation>
    </message>
    <message>
        <source>Signs out: the server revokes the sign-in and the keychain forgets it.</source>
        <translation>Signs out: the server revokes the sign-in and the keychain forgets it.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Signed out.</translation>
    </message>
    <message>
        <source>Downloads the files of a study that are not in the data folder. An interrupted download continues where it stopped.</source>
        <translation>Downloads the files of a study that are not in the data folder. An interrupted download continues where it stopped.</translation>
    </message>
    <message>
        <source>The study&apos;s record id.</source>
        <translation>The study&apos;s record id.</translation>
    </message>
    <message>
        <source>STUDY-ID</source>
        <translation>STUDY-ID</translation>
    </message>
    <message>
        <source>Usage: kenshuctl fetch STUDY-ID</source>
        <translation>Usage: kenshuctl fetch STUDY-ID</translation>
    </message>
    <message>
        <source>Fetched %1 file(s) (%2 bytes); %3 file(s) were here already.</source>
        <translation>Fetched %1 file(s) (%2 bytes); %3 file(s) were here already.</translation>
    </message>
    <message>
        <source>Kenshu from the command line.

Commands:
  import --case TITLE [--note TEXT] PATH...   import DICOM/DICOMDIR/PDF into a case
  cases [--json]                              list the cases
  records [--type T] [--json]                 list local records, sync state
  render FILE --frame N --out OUT.png|pgm|ppm [--window C,W]
                                              render one frame as the viewer does
  annotate FILE [--frame N] --annotations A.json --out OUT.png
                                              a frame with its drawings burned in
  gsps FILE --annotations A.json --out OUT_PR.dcm
                                              the drawings as a DICOM GSPS file
  deidentify IN OUT                           de-identified copies of DICOM files
                                              (a file or a folder; for sharing)
  login --server URL --email E [--password-stdin] [--ca-bundle F]
                                              sign in (remembered in the keychain)
  sync [--json] [--confirm-burned-in]         upload files, push local changes, pull
                                              the server&apos;s
  logout                                      sign out and forget the sign-in
  upload FILE... [--confirm-burned-in]        upload blobs (DICOM de-identified first)
  fetch STUDY-ID                              download a study&apos;s files
  bench decode FILE [--threads N]             decoding speed as one JSON line

Exit codes: 0 done, 1 some file rejected or an error, 2 usage error.</source>
        <translation>Kenshu from the command line.

Commands:
  import --case TITLE [--note TEXT] PATH...   import DICOM/DICOMDIR/PDF into a case
  cases [--json]                              list the cases
  records [--type T] [--json]                 list local records, sync state
  render FILE --frame N --out OUT.png|pgm|ppm [--window C,W]
                                              render one frame as the viewer does
  annotate FILE [--frame N] --annotations A.json --out OUT.png
                                              a frame with its drawings burned in
  gsps FILE --annotations A.json --out OUT_PR.dcm
                                              the drawings as a DICOM GSPS file
  deidentify IN OUT                           de-identified copies of DICOM files
                                              (a file or a folder; for sharing)
  login --server URL --email E [--password-stdin] [--ca-bundle F]
                                              sign in (remembered in the keychain)
  sync [--json] [--confirm-burned-in]         upload files, push local changes, pull
                                              the server&apos;s
  logout                                      sign out and forget the sign-in
  upload FILE... [--confirm-burned-in]        upload blobs (DICOM de-identified first)
  fetch STUDY-ID                              download a study&apos;s files
  bench decode FILE [--threads N]             decoding speed as one JSON line

Exit codes: 0 done, 1 some file rejected or an error, 2 usage error.</translation>
    </message>
    <message>
        <source>the files say text is burned in</source>
        <translation>the files say text is burned in</translation>
    </message>
    <message>
        <source>%1 images often show text</source>
        <translation>%1 images often show text</translation>
    </message>
    <message>
        <source>series %1 (%2): %3</source>
        <translation>series %1 (%2): %3</translation>
    </message>
    <message>
        <source>Confirmed: no patient data burned into the images of study %1.</source>
        <translation>Confirmed: no patient data burned into the images of study %1.</translation>
    </message>
    <message>
        <source>You have looked at every frame of the studies the last sync held: no patient data is burned into the images. They are sent now.</source>
        <translation>You have looked at every frame of the studies the last sync held: no patient data is burned into the images. They are sent now.</translation>
    </message>
    <message>
        <source>Pushed %1 change(s), pulled %2 record(s), uploaded %3 file(s).</source>
        <translation>Pushed %1 change(s), pulled %2 record(s), uploaded %3 file(s).</translation>
    </message>
    <message>
        <source>Look at every frame of the studies held above, then run: kenshuctl sync --confirm-burned-in</source>
        <translation>Look at every frame of the studies held above, then run: kenshuctl sync --confirm-burned-in</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: kenshu-server serve|admin … (see docs/server.md)
</source>
        <translation>Usage: kenshu-server serve|admin … (see docs/server.md)
</translation>
    </message>
</context>
</TS>
