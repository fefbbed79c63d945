<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Annotations</name>
    <message>
        <source>Draw arrow</source>
        <translation>矢印を描く</translation>
    </message>
    <message>
        <source>Draw with pen</source>
        <translation>ペンで描く</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>テキストを追加</translation>
    </message>
    <message>
        <source>Add drawing</source>
        <translation>描画を追加</translation>
    </message>
    <message>
        <source>Clear drawings</source>
        <translation>描画をすべて消去</translation>
    </message>
    <message>
        <source>The drawings were saved by a newer Kenshu (format %1).</source>
        <translation>この描画は新しいバージョンの Kenshu で保存されています（形式 %1）。</translation>
    </message>
    <message>
        <source>This is not a drawing file (no &quot;items&quot;).</source>
        <translation>描画ファイルではありません（&quot;items&quot; がありません）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 は正しい JSON ではありません: %2</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>色の変更</translation>
    </message>
    <message>
        <source>Change line width</source>
        <translation>線の太さの変更</translation>
    </message>
    <message>
        <source>Delete drawing</source>
        <translation>描画を削除</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>テキストを編集</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>消しゴム</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation>サインインの有効期限が切れたか、取り消されました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The server is busy. Kenshu will try again later.</source>
        <translation>サーバーが混み合っています。Kenshu が後で再試行します。</translation>
    </message>
    <message>
        <source>The server could not do this now (HTTP %1). Kenshu will try again later.</source>
        <translation>サーバーは現在この処理を行えません（HTTP %1）。Kenshu が後で再試行します。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>サーバーが要求を拒否しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>サーバーが拒否しました: %1</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>サーバーから予期しない応答がありました（HTTP %1）。</translation>
    </message>
</context>
<context>
    <name>AppSetup</name>
    <message>
        <source>Data folder (default: $KENSHU_DATA_DIR, else the user&apos;s application data folder).</source>
        <translation>データフォルダー（既定: $KENSHU_DATA_DIR、未設定ならユーザーのアプリケーションデータフォルダー）。</translation>
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
        <translation>サインインの有効期限が切れたか、終了しました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>メールアドレスまたはパスワードが違います。</translation>
    </message>
</context>
<context>
    <name>BlobPreparer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
</context>
<context>
    <name>BlobSender</name>
    <message>
        <source>An image of the study is missing from the data folder; import the study again.</source>
        <translation>検査の画像がデータフォルダーにありません。検査をもう一度取り込んでください。</translation>
    </message>
</context>
<context>
    <name>BlobStorage</name>
    <message>
        <source>Cannot store the blob %1.</source>
        <translation>ファイル %1 を保存できません。</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write to the data folder: %1</source>
        <translation>データフォルダーに書き込めません: %1</translation>
    </message>
    <message>
        <source>Cannot write to the data folder (is the disk full?): %1</source>
        <translation>データフォルダーに書き込めません（ディスクの空き容量が不足していませんか？）: %1</translation>
    </message>
    <message>
        <source>Cannot create a folder in the data folder.</source>
        <translation>データフォルダー内にフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>Cannot store %1 in the data folder.</source>
        <translation>%1 をデータフォルダーに保存できません。</translation>
    </message>
    <message>
        <source>the new file</source>
        <translation>新しいファイル</translation>
    </message>
</context>
<context>
    <name>BlobSyncState</name>
    <message>
        <source>The local library could not be updated (%1).</source>
        <translation>ローカルのライブラリーを更新できませんでした（%1）。</translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message>
        <source>The file or folder does not exist.</source>
        <translation>ファイルまたはフォルダーが存在しません。</translation>
    </message>
    <message>
        <source>Listed in the DICOMDIR, but the file is missing.</source>
        <translation>DICOMDIR に記載されていますが、ファイルがありません。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>Not a DICOM or PDF file.</source>
        <translation>DICOM ファイルでも PDF ファイルでもありません。</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>この症例はすでに存在しません。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>何も取り込まれませんでした: %1</translation>
    </message>
    <message>
        <source>A file was removed from the data folder during the import. Import again.</source>
        <translation>取り込み中にデータフォルダーからファイルが削除されました。もう一度取り込んでください。</translation>
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
        <translation>症例一覧を読み込めません（%1）</translation>
    </message>
</context>
<context>
    <name>CaseTitle</name>
    <message>
        <source>Enter a case title.</source>
        <translation>症例タイトルを入力してください。</translation>
    </message>
    <message>
        <source>A case title is your member number, a hyphen and a 3-digit number from 001, for example 123456-001.</source>
        <translation>症例タイトルは「会員番号-3桁の連番（001から）」です。例: 123456-001</translation>
    </message>
</context>
<context>
    <name>Comment</name>
    <message>
        <source>The comment %1 has no author or no date.</source>
        <translation>コメント %1 に投稿者または日時がありません。</translation>
    </message>
</context>
<context>
    <name>CommentRepository</name>
    <message>
        <source>Cannot make a picture of the drawing.</source>
        <translation>描画の画像を作成できません。</translation>
    </message>
</context>
<context>
    <name>CommentStore</name>
    <message>
        <source>A comment cannot be empty. To remove it, delete it.</source>
        <translation>コメントを空にはできません。取り除くには削除してください。</translation>
    </message>
    <message>
        <source>Write a comment first.</source>
        <translation>先にコメントを入力してください。</translation>
    </message>
    <message>
        <source>The comment no longer exists.</source>
        <translation>このコメントはすでに存在しません。</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>この症例はすでに存在しません。</translation>
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
        <translation>本人 %1 / 指導医 %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Supervisor asked</source>
        <translation>依頼先の指導医</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>症例</translation>
    </message>
    <message>
        <source>Message to the supervisor</source>
        <translation>指導医へのメッセージ</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>様式</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>様式の版</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>Deidentifier</name>
    <message>
        <source>%1: the de-identified copy would replace the original; choose another output.</source>
        <translation>%1: 匿名化したコピーが元のファイルを上書きしてしまいます。別の出力先を選んでください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a DICOM file.</source>
        <translation>%1 は DICOM ファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete (%2); nothing was written.</source>
        <translation>%1 は破損しているか不完全です（%2）。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>%1 is a DICOMDIR, an index that lists patients; de-identify the image files it lists instead.</source>
        <translation>%1 は患者を列挙する索引（DICOMDIR）です。代わりに、そこに記載された画像ファイルを匿名化してください。</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was written.</source>
        <translation>%1: %2 何も書き込んでいません。</translation>
    </message>
    <message>
        <source>%1 has no SOP Instance UID; it is not an image file.</source>
        <translation>%1 には SOP Instance UID がありません。画像ファイルではありません。</translation>
    </message>
</context>
<context>
    <name>DicomDirectory</name>
    <message>
        <source>The DICOMDIR %1 does not exist.</source>
        <translation>DICOMDIR %1 が存在しません。</translation>
    </message>
    <message>
        <source>The DICOMDIR cannot be read (%1); the files next to it are imported by content instead.</source>
        <translation>DICOMDIR を読み込めません（%1）。同じフォルダー内のファイルは内容から判別して取り込みます。</translation>
    </message>
</context>
<context>
    <name>DicomFileWriting</name>
    <message>
        <source>Cannot encode %1: %2</source>
        <translation>%1 をエンコードできません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>DicomFrameDecoder</name>
    <message>
        <source>The DICOM file cannot be read (%1).</source>
        <translation>DICOM ファイルを読み込めません（%1）。</translation>
    </message>
    <message>
        <source>The DICOM file holds no image.</source>
        <translation>DICOM ファイルに画像がありません。</translation>
    </message>
    <message>
        <source>Kenshu cannot decode images compressed as %1 (%2).</source>
        <translation>%1（%2）で圧縮された画像は Kenshu では表示できません。</translation>
    </message>
    <message>
        <source>The DICOM file declares no image size.</source>
        <translation>DICOM ファイルに画像サイズの記載がありません。</translation>
    </message>
    <message>
        <source>Frame %1 does not exist (the image has %2).</source>
        <translation>フレーム %1 はありません（この画像は %2 フレームです）。</translation>
    </message>
    <message>
        <source>The size of a frame cannot be determined.</source>
        <translation>フレームのサイズを判定できません。</translation>
    </message>
    <message>
        <source>Frame %1 cannot be decoded (%2); the file may be incomplete.</source>
        <translation>フレーム %1 を復号できません（%2）。ファイルが不完全な可能性があります。</translation>
    </message>
</context>
<context>
    <name>DicomImportFormat</name>
    <message>
        <source>The compressed pixel data cannot be read.</source>
        <translation>圧縮された画素データを読み込めません。</translation>
    </message>
    <message>
        <source>The compressed pixel data holds %1 fragment(s) for %2 frame(s); the file is incomplete.</source>
        <translation>圧縮画素データのフラグメントが %1 個しかありません（%2 フレーム分必要）。ファイルが不完全です。</translation>
    </message>
    <message>
        <source>The pixel data is shorter than the image size declares (%1 of %2 bytes); the file is incomplete.</source>
        <translation>画素データが画像サイズより短くなっています（%2 バイト中 %1 バイト）。ファイルが不完全です。</translation>
    </message>
    <message>
        <source>The DICOM file is damaged or incomplete (%1).</source>
        <translation>DICOM ファイルが破損しているか不完全です（%1）。</translation>
    </message>
    <message>
        <source>The DICOM file has no study, series or instance UID.</source>
        <translation>DICOM ファイルに Study・Series・Instance の UID がありません。</translation>
    </message>
</context>
<context>
    <name>DirectoryAge</name>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message>
        <source>Member list from the server, updated %1 (%2).</source>
        <translation>サーバーの会員名簿（%1 に更新、%2）。</translation>
    </message>
</context>
<context>
    <name>DirectoryCache</name>
    <message>
        <source>The member directory could not be saved to %1: %2</source>
        <translation>会員名簿を %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>The saved member directory %1 cannot be read: %2</source>
        <translation>保存された会員名簿 %1 を読めません: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryJson</name>
    <message>
        <source>The member directory from the server cannot be read: %1</source>
        <translation>サーバーの会員名簿を読めません: %1</translation>
    </message>
    <message>
        <source>%1 has a certification period that is not two dates (yyyy-MM-dd).</source>
        <translation>%1 の認定期間が 2 つの日付（yyyy-MM-dd）になっていません。</translation>
    </message>
    <message>
        <source>a member has no member number.</source>
        <translation>会員番号のない会員があります。</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>会員 %1</translation>
    </message>
    <message>
        <source>a facility has no id.</source>
        <translation>ID のない施設があります。</translation>
    </message>
    <message>
        <source>Facility %1</source>
        <translation>施設 %1</translation>
    </message>
    <message>
        <source>it lists no members or no facilities.</source>
        <translation>会員または施設の一覧がありません。</translation>
    </message>
</context>
<context>
    <name>Downloader</name>
    <message>
        <source>Cannot write to the data folder (is the disk full?): %1</source>
        <translation>データフォルダーに書き込めません（ディスクがいっぱいではありませんか）: %1</translation>
    </message>
    <message>
        <source>A file from the server did not check out and was dropped; it will be fetched again from the start.</source>
        <translation>サーバーからのファイルが検証に通らなかったため破棄しました。最初から取得し直します。</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>There is no draft %1.</source>
        <translation>下書き %1 はありません。</translation>
    </message>
</context>
<context>
    <name>FormPrinting</name>
    <message>
        <source>Cannot start printing.</source>
        <translation>印刷を開始できません。</translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation>新しいページを開始できません。</translation>
    </message>
    <message>
        <source>Cannot finish printing.</source>
        <translation>印刷を完了できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>FormSchema</name>
    <message>
        <source>not used by a %1 field</source>
        <translation>%1 フィールドでは使用しません</translation>
    </message>
    <message>
        <source>duplicate option &quot;%1&quot;</source>
        <translation>選択肢 &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <source>expected a lower-case file extension without a dot</source>
        <translation>ドットなしの小文字の拡張子を指定してください</translation>
    </message>
    <message>
        <source>less than min</source>
        <translation>min より小さい値です</translation>
    </message>
    <message>
        <source>duplicate field id &quot;%1&quot; (also at %2)</source>
        <translation>フィールド ID &quot;%1&quot; が重複しています（%2 にもあります）</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>不明な型 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown workflow &quot;%1&quot;</source>
        <translation>不明なワークフロー &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>位置 %1 で JSON が正しくありません: %2</translation>
    </message>
    <message>
        <source>a schema is a JSON object</source>
        <translation>スキーマは JSON オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>duplicate section id &quot;%1&quot; (also at %2)</source>
        <translation>セクション ID &quot;%1&quot; が重複しています（%2 にもあります）</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ファイルを読み込めません: %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>不明なキー &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>空でない文字列が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identifier (lower-case letters, digits and _, starting with a letter)</source>
        <translation>&quot;%1&quot; は識別子ではありません（英小文字で始まり、英小文字・数字・_ のみ）</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true または false が必要です</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>数値が必要です</translation>
    </message>
    <message>
        <source>expected a positive integer</source>
        <translation>正の整数が必要です</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>配列が必要です</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <source>%1: a schema with id &quot;%2&quot; and version %3 must be in %2.json (the current version) or %2.v%3.json (an older one)</source>
        <translation>%1: ID &quot;%2&quot;・バージョン %3 のスキーマは %2.json（現行版）か %2.v%3.json（旧版）に置いてください</translation>
    </message>
    <message>
        <source>%1.json: the current version must be newer than %1.v%2.json</source>
        <translation>%1.json: 現行版は %1.v%2.json より新しいバージョンである必要があります</translation>
    </message>
    <message>
        <source>No form schemas in %1.</source>
        <translation>%1 にフォームのスキーマがありません。</translation>
    </message>
    <message>
        <source>expected resident or supervisor</source>
        <translation>resident か supervisor を指定してください</translation>
    </message>
    <message>
        <source>a rating has both sides</source>
        <translation>評価項目は両者が評価するため指定できません</translation>
    </message>
</context>
<context>
    <name>FormValidation</name>
    <message>
        <source>Required.</source>
        <translation>必須項目です。</translation>
    </message>
    <message>
        <source>The stored value is not of the expected kind; enter it again.</source>
        <translation>保存されている値の形式が違います。もう一度入力してください。</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>%1 文字以内で入力してください。</translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation>%1 以上を入力してください。</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>%1 以下を入力してください。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>整数を入力してください。</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>日付は YYYY-MM-DD の形式で入力してください。</translation>
    </message>
    <message>
        <source>Enter both the start and the end date.</source>
        <translation>開始日と終了日の両方を入力してください。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>終了日が開始日より前です。</translation>
    </message>
    <message>
        <source>Dates must lie between %1 and %2.</source>
        <translation>日付は %1 から %2 の間にしてください。</translation>
    </message>
    <message>
        <source>Dates must not be before %1.</source>
        <translation>日付は %1 以降にしてください。</translation>
    </message>
    <message>
        <source>Choose one of the listed options.</source>
        <translation>一覧から選択してください。</translation>
    </message>
    <message>
        <source>The file is larger than %1.</source>
        <translation>ファイルが %1 を超えています。</translation>
    </message>
    <message>
        <source>Accepted file types: %1.</source>
        <translation>使用できるファイル形式: %1。</translation>
    </message>
</context>
<context>
    <name>FrameRendering</name>
    <message>
        <source>The frame is incomplete.</source>
        <translation>フレームが不完全です。</translation>
    </message>
    <message>
        <source>Colour images with %1 samples of %2 bits cannot be shown.</source>
        <translation>%1 サンプル・%2 ビットのカラー画像は表示できません。</translation>
    </message>
    <message>
        <source>This palette colour image has no usable colour table (segmented palettes are not supported).</source>
        <translation>このパレットカラー画像には使用できるカラーテーブルがありません（セグメント化パレットには対応していません）。</translation>
    </message>
</context>
<context>
    <name>Gsps</name>
    <message>
        <source>DCMTK refused a drawing.</source>
        <translation>DCMTK が描画を受け付けませんでした。</translation>
    </message>
    <message>
        <source>DCMTK refused the text &quot;%1&quot;.</source>
        <translation>DCMTK がテキスト「%1」を受け付けませんでした。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a DICOM file (%2).</source>
        <translation>%1 を DICOM ファイルとして読み込めません（%2）。</translation>
    </message>
    <message>
        <source>%1 holds no image, so drawings cannot be attached to it.</source>
        <translation>%1 には画像がないため、描画を付けられません。</translation>
    </message>
    <message>
        <source>The drawings belong to another image than %1.</source>
        <translation>この描画は %1 とは別の画像のものです。</translation>
    </message>
    <message>
        <source>%1 is not an image DCMTK can present.</source>
        <translation>%1 は DCMTK で表示できる画像ではありません。</translation>
    </message>
    <message>
        <source>DCMTK refused a graphic layer.</source>
        <translation>DCMTK がグラフィックレイヤーを受け付けませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Frame %1 does not exist: %2 has %n frame(s).</source>
        <translation>
            <numerusform>フレーム %1 はありません: %2 のフレーム数は %n です。</numerusform>
        </translation>
    </message>
    <message>
        <source>DCMTK cannot write the presentation state.</source>
        <translation>DCMTK がプレゼンテーションステートを書き出せません。</translation>
    </message>
    <message>
        <source>DCMTK wrote the drawings in an unexpected order; nothing was saved.</source>
        <translation>DCMTK が描画を想定外の順序で書き出したため、保存しませんでした。</translation>
    </message>
</context>
<context>
    <name>LastSyncText</name>
    <message>
        <source>Last synced %1</source>
        <translation>最終同期 %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n h ago</source>
        <translation>
            <numerusform>%n 時間前に同期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>%n 分前に同期</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>たった今同期しました</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>データフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot open the local library</source>
        <translation>ローカルライブラリを開けません</translation>
    </message>
    <message>
        <source>Cannot configure the local library</source>
        <translation>ローカルライブラリを設定できません</translation>
    </message>
    <message>
        <source>Cannot read the version of the local library.</source>
        <translation>ローカルライブラリのバージョンを読み取れません。</translation>
    </message>
    <message>
        <source>The local library was written by a newer version of Kenshu (schema %1; this version knows up to %2). Update Kenshu.</source>
        <translation>ローカルライブラリは新しいバージョンの Kenshu で書き込まれています（スキーマ %1。このバージョンは %2 まで対応）。Kenshu を更新してください。</translation>
    </message>
    <message>
        <source>Cannot upgrade the local library</source>
        <translation>ローカルライブラリを更新できません</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>トランザクションを開始できません</translation>
    </message>
    <message>
        <source>Cannot save the changes</source>
        <translation>変更を保存できません</translation>
    </message>
    <message>
        <source>Cannot save a record</source>
        <translation>レコードを保存できません</translation>
    </message>
    <message>
        <source>Cannot queue a change for sync</source>
        <translation>同期用に変更を登録できません</translation>
    </message>
    <message>
        <source>Cannot record a stored file</source>
        <translation>保存したファイルを記録できません</translation>
    </message>
    <message>
        <source>Cannot save a thumbnail</source>
        <translation>サムネイルを保存できません</translation>
    </message>
</context>
<context>
    <name>PaintToolBar</name>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation>シアン</translation>
    </message>
    <message>
        <source>Magenta</source>
        <translation>マゼンタ</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>%1 is not a PDF Kenshu can read (the file may be damaged).</source>
        <translation>%1 は Kenshu で読み込める PDF ではありません（ファイルが破損している可能性があります）。</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Kenshu opens only PDFs without one.</source>
        <translation>%1 はパスワードで保護されています。Kenshu はパスワードのない PDF のみ開けます。</translation>
    </message>
    <message>
        <source>%1 has no pages.</source>
        <translation>%1 にはページがありません。</translation>
    </message>
</context>
<context>
    <name>PdfImportFormat</name>
    <message>
        <source>The PDF is damaged and cannot be opened.</source>
        <translation>PDF が破損しているため開けません。</translation>
    </message>
    <message>
        <source>The PDF is protected by a password.</source>
        <translation>PDF はパスワードで保護されています。</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>PDF にページがありません。</translation>
    </message>
</context>
<context>
    <name>PdfText</name>
    <message>
        <source>Cannot read the PDF %1.</source>
        <translation>PDF %1 を読み込めません。</translation>
    </message>
</context>
<context>
    <name>RecordWireForm</name>
    <message>
        <source>An image of the study has not been de-identified yet.</source>
        <translation>検査の画像がまだ匿名化されていません。</translation>
    </message>
</context>
<context>
    <name>ReportDraft</name>
    <message>
        <source>The record %1 does not say which form it was written with.</source>
        <translation>レコード %1 には、どのフォームで作成されたかが記録されていません。</translation>
    </message>
</context>
<context>
    <name>SignedInMember</name>
    <message>
        <source>The server did not say who is signed in (no member id).</source>
        <translation>サーバーからサインイン中の会員が返されませんでした（会員 ID がありません）。</translation>
    </message>
</context>
<context>
    <name>SiteSecret</name>
    <message>
        <source>Cannot read the de-identification key %1: %2</source>
        <translation>匿名化の鍵 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The de-identification key %1 is damaged. Restore it from a backup, or delete it to start a new one (studies de-identified before will then get different UIDs).</source>
        <translation>匿名化の鍵 %1 が破損しています。バックアップから復元するか、削除して新しい鍵を作成してください（その場合、以前に匿名化した検査には別の UID が付きます）。</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>データフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write the de-identification key %1: %2</source>
        <translation>匿名化の鍵 %1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>StepLabels</name>
    <message>
        <source>Submit</source>
        <translation>提出</translation>
    </message>
    <message>
        <source>Send the report to your supervisor for approval</source>
        <translation>報告書を指導医に提出して承認を受けます</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>取り下げ</translation>
    </message>
    <message>
        <source>Take the report back to edit it</source>
        <translation>報告書を取り下げて編集できるようにします</translation>
    </message>
    <message>
        <source>Approve (close)</source>
        <translation>承認（クローズ）</translation>
    </message>
    <message>
        <source>Approve the report; it can no longer be edited</source>
        <translation>報告書を承認します。以後は編集できません</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>再オープン</translation>
    </message>
    <message>
        <source>Let the resident edit the report again</source>
        <translation>専攻医が再び編集できるようにします</translation>
    </message>
    <message>
        <source>Withdraw request</source>
        <translation>承認依頼を取り下げ</translation>
    </message>
    <message>
        <source>Take back the approval request</source>
        <translation>承認依頼を取り下げます</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Register the case report in its numbered slot</source>
        <translation>症例報告書をこの番号の枠に登録します</translation>
    </message>
    <message>
        <source>Delete registration</source>
        <translation>登録を削除</translation>
    </message>
    <message>
        <source>Remove the registration; to change an approved report, delete it and request approval again</source>
        <translation>登録を削除します。承認済みの報告書を修正するには、削除して再度承認依頼してください</translation>
    </message>
    <message>
        <source>Request approval…</source>
        <translation>承認依頼…</translation>
    </message>
    <message>
        <source>Ask a supervisor to approve this case report</source>
        <translation>この症例報告書の承認を指導医に依頼します</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Approve the case report; it is then locked</source>
        <translation>症例報告書を承認します。以後は変更できません</translation>
    </message>
    <message>
        <source>Do not approve</source>
        <translation>非承認</translation>
    </message>
    <message>
        <source>Send the report back to the resident to fix</source>
        <translation>修正のため専攻医に差し戻します</translation>
    </message>
    <message>
        <source>Mark training completed</source>
        <translation>研修修了にする</translation>
    </message>
    <message>
        <source>Every item is ○ on both sides: mark the training completed</source>
        <translation>全項目が双方〇です。研修修了にします</translation>
    </message>
    <message>
        <source>Set back to in training</source>
        <translation>研修継続中に戻す</translation>
    </message>
    <message>
        <source>Let the resident change their ratings again</source>
        <translation>専攻医が再び自己評価を変更できるようにします</translation>
    </message>
    <message>
        <source>Close (approve)</source>
        <translation>クローズ（承認）</translation>
    </message>
    <message>
        <source>Close the consultation: approval of the case</source>
        <translation>相談をクローズします（症例の承認）</translation>
    </message>
    <message>
        <source>Open the case for discussion again</source>
        <translation>症例の相談を再開します</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>審査を申請</translation>
    </message>
    <message>
        <source>Send the credential to the training director</source>
        <translation>証票を統括責任者に提出します</translation>
    </message>
    <message>
        <source>Approve credential</source>
        <translation>証票を承認</translation>
    </message>
    <message>
        <source>Confirm the base-specialty qualification</source>
        <translation>基本領域の資格を確認します</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>差し戻し</translation>
    </message>
    <message>
        <source>Send the credential back to the resident</source>
        <translation>証票を専攻医に差し戻します</translation>
    </message>
</context>
<context>
    <name>StudyDownload</name>
    <message>
        <source>Downloading the study&apos;s images…</source>
        <translation>検査の画像をダウンロードしています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Downloading the study&apos;s images: file %1 of %2
%3</source>
        <translation>検査の画像をダウンロードしています: ファイル %1 / %2
%3</translation>
    </message>
    <message>
        <source>The study&apos;s images could not be downloaded: %1
What came so far is kept; opening the study again continues the download.</source>
        <translation>検査の画像をダウンロードできませんでした: %1
ここまでに届いた分は残してあります。検査をもう一度開くと続きからダウンロードします。</translation>
    </message>
    <message>
        <source>The images of this study are on the server. Sign in to download them.</source>
        <translation>この検査の画像はサーバーにあります。ダウンロードするにはサインインしてください。</translation>
    </message>
</context>
<context>
    <name>StudyFetcher</name>
    <message>
        <source>There is no such study here.</source>
        <translation>その検査はここにありません。</translation>
    </message>
</context>
<context>
    <name>SupervisionExport</name>
    <message>
        <source>Supervision record</source>
        <translation>指導記録</translation>
    </message>
    <message>
        <source>No case has a supervisor&apos;s comment yet.</source>
        <translation>指導医のコメントがある症例はまだありません。</translation>
    </message>
    <message>
        <source>Resident %1 — %2</source>
        <translation>専攻医 %1 — %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>症例</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>専攻医</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>半期</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2 ページ中 %1 ページ</translation>
    </message>
</context>
<context>
    <name>SupervisionRecord</name>
    <message>
        <source>%1 January–June</source>
        <translation>%1年 上期（1〜6月）</translation>
    </message>
    <message>
        <source>%1 July–December</source>
        <translation>%1年 下期（7〜12月）</translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>The local library could not be read (%1).</source>
        <translation>ローカルライブラリを読み込めませんでした（%1）。</translation>
    </message>
    <message>
        <source>The local library could not be updated (%1).</source>
        <translation>ローカルライブラリを更新できませんでした（%1）。</translation>
    </message>
    <message>
        <source>There is no conflict to resolve for this record.</source>
        <translation>このレコードに解決すべき競合はありません。</translation>
    </message>
    <message>
        <source>Changed on the server by %1 while it was changed here.</source>
        <translation>ここで変更している間に、%1 がサーバー上で変更しました。</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No keychain is available on this computer, so Kenshu cannot remember your sign-in: you are signed in for this session only (%1).</source>
        <translation>このコンピューターではキーチェーンを利用できないため、Kenshu はサインインを記憶できません。今回のセッションのみサインインします（%1）。</translation>
    </message>
    <message>
        <source>Access to the keychain was refused, so Kenshu cannot remember your sign-in: you are signed in for this session only.</source>
        <translation>キーチェーンへのアクセスが拒否されたため、Kenshu はサインインを記憶できません。今回のセッションのみサインインします。</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>キーチェーンでエラーが発生しました: %1</translation>
    </message>
</context>
<context>
    <name>TransferEstimate</name>
    <message numerus="yes">
        <source>about %n h left</source>
        <translation>
            <numerusform>残り約 %n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>残り約 %n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>残り約 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
</context>
<context>
    <name>TusUploader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being uploaded.</source>
        <translation>アップロード中に %1 が変更されました。</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>WindowPresets</name>
    <message>
        <source>Brain</source>
        <translation>頭部</translation>
    </message>
    <message>
        <source>Soft tissue</source>
        <translation>軟部組織</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>肺野</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>骨</translation>
    </message>
    <message>
        <source>Mediastinum</source>
        <translation>縦隔</translation>
    </message>
</context>
<context>
    <name>WorkflowLabels</name>
    <message>
        <source>Open</source>
        <translation>オープン</translation>
    </message>
    <message>
        <source>Closed (approved)</source>
        <translation>クローズ（承認）</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提出済み</translation>
    </message>
    <message>
        <source>Approved (closed)</source>
        <translation>承認（クローズ）</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>再オープン</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登録</translation>
    </message>
    <message>
        <source>Registered, not approved</source>
        <translation>未承認</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>承認依頼中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>非承認</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>研修継続中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>研修修了</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>未申請</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>審査待ち</translation>
    </message>
</context>
<context>
    <name>WorkflowRules</name>
    <message>
        <source>The record is already in that state.</source>
        <translation>このレコードはすでにその状態です。</translation>
    </message>
    <message>
        <source>This step is not possible from the current state.</source>
        <translation>現在の状態からはこの操作はできません。</translation>
    </message>
    <message>
        <source>The two states belong to different kinds of record.</source>
        <translation>二つの状態は異なる種類のレコードのものです。</translation>
    </message>
    <message>
        <source>Only the author of this record can do this.</source>
        <translation>この操作は作成者本人のみ行えます。</translation>
    </message>
    <message>
        <source>Only a supervisor can do this.</source>
        <translation>この操作は指導医のみ行えます。</translation>
    </message>
    <message>
        <source>Only the training director can do this.</source>
        <translation>この操作は統括責任者のみ行えます。</translation>
    </message>
    <message>
        <source>You cannot approve or close your own record.</source>
        <translation>自分のレコードを承認・クローズすることはできません。</translation>
    </message>
    <message>
        <source>You cannot ask yourself for approval. Choose another supervisor.</source>
        <translation>自分自身に承認を依頼することはできません。別の指導医を選んでください。</translation>
    </message>
    <message>
        <source>Choose the supervisor to ask for approval.</source>
        <translation>承認を依頼する指導医を選んでください。</translation>
    </message>
    <message>
        <source>Only the supervisor this record was sent to can do this.</source>
        <translation>この操作は依頼先の指導医のみ行えます。</translation>
    </message>
    <message>
        <source>An approved record cannot be changed. To change it, delete it and request approval again.</source>
        <translation>承認済みのレコードは変更できません。変更するには削除して、もう一度承認を依頼してください。</translation>
    </message>
    <message>
        <source>This record is closed (approved). A supervisor can reopen it.</source>
        <translation>このレコードはクローズ（承認）済みです。指導医が再オープンできます。</translation>
    </message>
    <message>
        <source>This record has been submitted. Withdraw it to make changes.</source>
        <translation>このレコードは提出済みです。変更するには取り下げてください。</translation>
    </message>
    <message>
        <source>The evaluation sheet is completed. Set it back to in training to change ratings.</source>
        <translation>評価表は研修修了になっています。評価を変更するには研修継続中に戻してください。</translation>
    </message>
    <message>
        <source>The evaluation sheet is completed, so the self-ratings cannot be changed. Your supervisor can set it back to in training.</source>
        <translation>評価表が研修修了のため、自己評価は変更できません。指導医が研修継続中に戻すことができます。</translation>
    </message>
    <message>
        <source>Approval has been requested. Withdraw the request first.</source>
        <translation>承認依頼中です。先に依頼を取り下げてください。</translation>
    </message>
    <message>
        <source>The supervisor can rate only after the resident has rated every item.</source>
        <translation>専攻医がすべての項目を評価するまで、指導医は評価できません。</translation>
    </message>
    <message>
        <source>Training can be marked completed only when every item is rated ○ by both the resident and the supervisor.</source>
        <translation>研修修了にできるのは、すべての項目が専攻医・指導医の双方で○のときだけです。</translation>
    </message>
    <message>
        <source>The evaluation sheet has no items to rate.</source>
        <translation>評価表に評価項目がありません。</translation>
    </message>
    <message>
        <source>The message to the supervisor can be at most %1 characters.</source>
        <translation>指導医へのメッセージは %1 文字以内です。</translation>
    </message>
    <message>
        <source>Enter the care period with an end date that is not before its start date.</source>
        <translation>診療期間は、終了日が開始日より前にならないように入力してください。</translation>
    </message>
    <message>
        <source>The care period must lie within the facility&apos;s certification period.</source>
        <translation>診療期間は診療施設の認定期間内である必要があります。</translation>
    </message>
    <message>
        <source>The supervisor&apos;s certification period does not cover the care period.</source>
        <translation>指導医の認定期間が診療期間をカバーしていません。</translation>
    </message>
    <message>
        <source>Cases and reports can be registered once the training director has approved your credential.</source>
        <translation>統括責任者が証票を承認すると、症例と報告書を登録できるようになります。</translation>
    </message>
    <message>
        <source>Not enough information to check this step.</source>
        <translation>この操作を確認するための情報が足りません。</translation>
    </message>
    <message>
        <source>Programs, rooms, members and notifications are managed by the server administrator.</source>
        <translation>研修プログラム、研修ルーム、会員、お知らせはサーバー管理者が管理します。</translation>
    </message>
</context>
<context>
    <name>kenshu</name>
    <message>
        <source>Supervised clinical training: cases, angiography review, reports and approval.</source>
        <translation>臨床研修の指導: 症例、血管造影の読影、報告書、承認。</translation>
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
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — No. %2 · certified %3</source>
        <translation>%1 — 番号 %2 · 認定 %3</translation>
    </message>
    <message>
        <source>Request approval</source>
        <translation>承認依頼</translation>
    </message>
    <message>
        <source>Ask the supervisor who guided you to approve your case reports. While the request is pending the reports cannot be edited; you can withdraw it until it is answered.</source>
        <translation>指導を受けた指導医に症例報告の承認を依頼します。依頼中は報告書を編集できません。回答があるまでは依頼を取り下げられます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The member list is not here yet.&lt;/b&gt; Choosing a supervisor needs the list of members and facilities from the server. Sign in once while online; after that this works offline as well.</source>
        <translation>&lt;b&gt;会員名簿がまだありません。&lt;/b&gt;指導医を選ぶには、サーバーの会員と施設の一覧が必要です。オンラインで一度サインインしてください。その後はオフラインでも使えます。</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>依頼を送る</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>指導医</translation>
    </message>
    <message>
        <source>Name, kana or member number</source>
        <translation>氏名、カナまたは会員番号</translation>
    </message>
    <message>
        <source>Case reports in this request</source>
        <translation>この依頼に含める症例報告</translation>
    </message>
    <message>
        <source>Other registered reports of yours that await a request can go in the same request.</source>
        <translation>登録済みで依頼前のほかの報告書も、同じ依頼に含められます。</translation>
    </message>
    <message>
        <source>You have no other registered reports awaiting a request.</source>
        <translation>登録済みで依頼前のほかの報告書はありません。</translation>
    </message>
    <message>
        <source>Message to the supervisor</source>
        <translation>指導医へのメッセージ</translation>
    </message>
    <message>
        <source>Your remarks on the report are private and are not sent.</source>
        <translation>報告書の備考は非公開で、送信されません。</translation>
    </message>
    <message>
        <source>No supervisor of this training program is in the member list.</source>
        <translation>会員名簿にこの研修プログラムの指導医がいません。</translation>
    </message>
    <message>
        <source>No supervisor matches “%1”.</source>
        <translation>「%1」に一致する指導医はいません。</translation>
    </message>
    <message numerus="yes">
        <source>The report has %n problem(s) to fix first, e.g. %1: %2</source>
        <translation>
            <numerusform>先に直す問題が %n 件あります（例: %1: %2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a supervisor above.</source>
        <translation>上で指導医を選んでください。</translation>
    </message>
    <message>
        <source>The facility chosen on the report is not in the member list.</source>
        <translation>報告書で選んだ施設が名簿にありません。</translation>
    </message>
    <message>
        <source>The care period %1 is not within the certification of %2 (%3).</source>
        <translation>診療期間 %1 が %2 の認定期間（%3）に収まっていません。</translation>
    </message>
    <message>
        <source>%1&apos;s certification (%2) does not cover the care period %3.</source>
        <translation>%1 の認定期間（%2）は診療期間 %3 を含んでいません。</translation>
    </message>
    <message>
        <source>Needs the member list: sign in first.</source>
        <translation>会員名簿が必要です。先にサインインしてください。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 — %n too many</source>
        <translation>
            <numerusform>%1 / %2 — %n 文字超過</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kenshu::BurnedInConfirmDialog</name>
    <message>
        <source>The file says its images carry burned-in text</source>
        <translation>ファイルに、画像に文字が焼き込まれていると記録されています</translation>
    </message>
    <message>
        <source>Images of this kind often carry burned-in text</source>
        <translation>この種類の画像には文字が焼き込まれていることがよくあります</translation>
    </message>
    <message>
        <source>Confirm before upload</source>
        <translation>アップロード前の確認</translation>
    </message>
    <message>
        <source>Names, IDs and dates are removed from the files before they leave this computer, but text written into the images themselves cannot be removed that way. Open the case and look at every image of these series. Upload them only if none shows the patient&apos;s name, ID, birth date or other identifying text.</source>
        <translation>氏名・ID・日付はこのコンピューターから送る前にファイルから削除されますが、画像そのものに書き込まれた文字はその方法では削除できません。症例を開いて、これらのシリーズのすべての画像を確認してください。患者の氏名、ID、生年月日など個人を特定できる文字が写っていない場合に限りアップロードしてください。</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>シリーズ</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>モダリティ</translation>
    </message>
    <message>
        <source>Why it is held</source>
        <translation>保留の理由</translation>
    </message>
    <message>
        <source>I looked at every image of these series and none shows patient-identifying text</source>
        <translation>これらのシリーズのすべての画像を確認し、個人を特定できる文字は写っていませんでした</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>アップロード</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>今はしない</translation>
    </message>
</context>
<context>
    <name>kenshu::CaseContentModel</name>
    <message>
        <source>Study / series</source>
        <translation>Study / シリーズ</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>モダリティ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>（説明なし）</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n シリーズ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n フレーム</numerusform>
        </translation>
    </message>
    <message>
        <source>Series %1</source>
        <translation>シリーズ %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n インスタンス</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF 文書</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 件の文書</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kenshu::CaseListModel</name>
    <message>
        <source>Case</source>
        <translation>症例</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Study 数</translation>
    </message>
    <message>
        <source>PDFs</source>
        <translation>PDF 数</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) in this case</source>
        <translation>
            <numerusform>この症例の PDF: %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kenshu::CasePanel</name>
    <message>
        <source>Select a case to see its studies and PDFs.</source>
        <translation>症例を選択すると Study と PDF が表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n study(ies)</source>
        <translation>
            <numerusform>%n Study</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n シリーズ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n フレーム</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s)</source>
        <translation>
            <numerusform>%n PDF</numerusform>
        </translation>
    </message>
    <message>
        <source>New report for this case…</source>
        <translation>この症例の報告書を作成…</translation>
    </message>
    <message>
        <source>Double-click a series or a PDF to open the case page.</source>
        <translation>シリーズまたは PDF をダブルクリックすると症例ページが開きます。</translation>
    </message>
</context>
<context>
    <name>kenshu::CommentThreadView</name>
    <message>
        <source>No comments yet.</source>
        <translation>コメントはまだありません。</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>コメントを入力…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>コメントを削除</translation>
    </message>
    <message>
        <source>Delete this comment? A note that it was deleted stays in the thread.</source>
        <translation>このコメントを削除しますか？ 削除したことはスレッドに記録として残ります。</translation>
    </message>
    <message>
        <source> (supervisor)</source>
        <translation>（指導医）</translation>
    </message>
    <message>
        <source> (director)</source>
        <translation>（統括責任者）</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>%1 に編集</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s) kept</source>
        <translation>
            <numerusform>以前の版 %n 件を保存</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Saved on this computer; it will be sent when Kenshu syncs.</source>
        <translation>このコンピューターに保存済みです。Kenshu が同期したときに送信されます。</translation>
    </message>
    <message>
        <source>Edit or delete your comment</source>
        <translation>自分のコメントを編集・削除</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>This comment was deleted on %1.</source>
        <translation>このコメントは %1 に削除されました。</translation>
    </message>
    <message>
        <source>Closed the consultation (approved)</source>
        <translation>相談をクローズしました（承認）</translation>
    </message>
    <message>
        <source>Drawing on frame %1 — click to show it on the image</source>
        <translation>フレーム %1 のペイント — クリックすると画像上に表示します</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>投稿</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Editing your comment. The earlier text is kept in its history.</source>
        <translation>コメントを編集中です。以前の文章は履歴に残ります。</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>症例をクローズ</translation>
    </message>
    <message>
        <source>Write the closing comment. Closing approves the case and makes it read-only until a supervisor reopens it.</source>
        <translation>クローズ時のコメントを入力してください。クローズすると症例は承認され、指導医が再オープンするまで読み取り専用になります。</translation>
    </message>
    <message>
        <source>%1 goes with the comment</source>
        <translation>%1 をコメントに添付します</translation>
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
        <translation>同期の競合を解決</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was changed here and on the server.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; はこの端末とサーバーの両方で変更されました。</translation>
    </message>
    <message>
        <source>The server&apos;s version was saved by %1 at %2.</source>
        <translation>サーバーの版は %1 が %2 に保存しました。</translation>
    </message>
    <message>
        <source>The server no longer has this record (it was deleted there).</source>
        <translation>サーバーにはこのレコードがもうありません（サーバーで削除されました）。</translation>
    </message>
    <message>
        <source>On this device it was deleted.</source>
        <translation>この端末では削除されています。</translation>
    </message>
    <message>
        <source>Fields that differ are highlighted. Keep your version, take the server&apos;s, or choose per field and merge. Nothing is lost until you decide.</source>
        <translation>違う項目を強調表示しています。自分の版を残すか、サーバーの版を採るか、項目ごとに選んでまとめてください。決めるまで何も失われません。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>On this device (yours)</source>
        <translation>この端末（自分）</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>採用</translation>
    </message>
    <message>
        <source>Show only fields that differ</source>
        <translation>違う項目だけを表示</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>自分の版を残す</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>サーバーの版を採る</translation>
    </message>
    <message>
        <source>Merge as chosen</source>
        <translation>選んだとおりにまとめる</translation>
    </message>
    <message>
        <source>One of the versions is a deletion: keep one of them.</source>
        <translation>一方の版は削除です。どちらかを残してください。</translation>
    </message>
    <message>
        <source>same</source>
        <translation>同じ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>Server&apos;s</source>
        <translation>サーバー</translation>
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
        <translation>〜</translation>
    </message>
</context>
<context>
    <name>kenshu::DiscussionPanel</name>
    <message>
        <source>&lt;b&gt;Discussion&lt;/b&gt;</source>
        <translation>&lt;b&gt;ディスカッション&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>クローズ…</translation>
    </message>
    <message>
        <source>Approve the case: write a closing comment, then it is read-only</source>
        <translation>症例を承認します: クローズ時のコメントを入力すると読み取り専用になります</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>再オープン</translation>
    </message>
    <message>
        <source>Make the case editable again</source>
        <translation>症例を再び編集できるようにします</translation>
    </message>
    <message>
        <source>Closed (approved) — read-only</source>
        <translation>クローズ（承認）— 読み取り専用</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>オープン</translation>
    </message>
</context>
<context>
    <name>kenshu::FacilityEditor</name>
    <message>
        <source>Facility name or certification number</source>
        <translation>施設名または認定番号</translation>
    </message>
    <message>
        <source>%1 — No. %2</source>
        <translation>%1 — 番号 %2</translation>
    </message>
    <message>
        <source>%1 (certification ended)</source>
        <translation>%1（認定終了）</translation>
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
        <translation>会員番号</translation>
    </message>
    <message>
        <source>Case title, e.g. 123456-001</source>
        <translation>症例タイトル（例: 123456-001）</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
</context>
<context>
    <name>kenshu::FormView</name>
    <message>
        <source>Self-rating / Supervisor (○ achieved, × not yet)</source>
        <translation>自己評価 / 指導医評価（○ 達成、× 未達成）</translation>
    </message>
</context>
<context>
    <name>kenshu::FrameStore</name>
    <message>
        <source>The series has no images.</source>
        <translation>このシリーズには画像がありません。</translation>
    </message>
    <message>
        <source>The images of the series cannot be read.</source>
        <translation>シリーズの画像を読み込めません。</translation>
    </message>
</context>
<context>
    <name>kenshu::ImportDialog</name>
    <message>
        <source>New case</source>
        <translation>新規症例</translation>
    </message>
    <message>
        <source>Add study to %1</source>
        <translation>%1 に Study を追加</translation>
    </message>
    <message>
        <source>Optional: a short note on the case</source>
        <translation>任意: 症例についての短いメモ</translation>
    </message>
    <message>
        <source>e.g. 123456</source>
        <translation>例: 123456</translation>
    </message>
    <message>
        <source>&amp;Member number:</source>
        <translation>会員番号(&amp;M):</translation>
    </message>
    <message>
        <source>Case &amp;title:</source>
        <translation>症例タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>症例メモ(&amp;N):</translation>
    </message>
    <message>
        <source>Drop DICOM files, a CD folder with a DICOMDIR, or PDFs here.</source>
        <translation>DICOM ファイル、DICOMDIR のある CD フォルダー、PDF をここにドロップしてください。</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>ファイルを追加(&amp;F)…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>フォルダーを追加(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>DICOM files, whole folders (a cath-lab CD with its DICOMDIR) and PDFs. Files are sorted into studies and series automatically.</source>
        <translation>DICOM ファイル、フォルダーごと（DICOMDIR のあるカテ室の CD）、PDF を取り込めます。ファイルは内容によって Study とシリーズに自動的に分けられます。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>Files and folders to import:</source>
        <translation>取り込むファイルとフォルダー:</translation>
    </message>
    <message>
        <source>A case with this title exists: the files will be added to it.</source>
        <translation>このタイトルの症例はすでにあります。ファイルはその症例に追加されます。</translation>
    </message>
    <message>
        <source>All 999 case numbers of this member number are in use.</source>
        <translation>この会員番号の連番 999 件はすべて使用済みです。</translation>
    </message>
    <message>
        <source>Choose DICOM or PDF files</source>
        <translation>DICOM または PDF ファイルを選択</translation>
    </message>
    <message>
        <source>DICOM and PDF files (*.dcm *.DCM *.dicom *.pdf *.PDF DICOMDIR *);;All files (*)</source>
        <translation>DICOM・PDF ファイル (*.dcm *.DCM *.dicom *.pdf *.PDF DICOMDIR *);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose a folder or CD</source>
        <translation>フォルダーまたは CD を選択</translation>
    </message>
</context>
<context>
    <name>kenshu::ImportReportDialog</name>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>取り込みを中止しました。何も追加されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n DICOM instance(s) added</source>
        <translation>
            <numerusform>DICOM インスタンスを %n 件追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the case</source>
        <translation>
            <numerusform>%n 件は登録済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) added</source>
        <translation>
            <numerusform>PDF を %n 件追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) already in the case</source>
        <translation>
            <numerusform>PDF %n 件は登録済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected</source>
        <translation>
            <numerusform>%n 件のファイルを取り込めませんでした</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>%n 件のファイルをスキップ</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>取り込みに失敗しました</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>取り込み完了</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>症例 %1: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>取り込み不可</translation>
    </message>
</context>
<context>
    <name>kenshu::MainWindow</name>
    <message>
        <source>Kenshu — case library</source>
        <translation>Kenshu — 症例ライブラリ</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>新規症例(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a case from DICOM files, a CD folder or PDFs (%1)</source>
        <translation>DICOM ファイル、CD フォルダー、PDF から症例を作成します（%1）</translation>
    </message>
    <message>
        <source>&amp;Add study…</source>
        <translation>Study を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add DICOM files or PDFs to the selected case (Ctrl+I)</source>
        <translation>選択した症例に DICOM ファイルや PDF を追加します（Ctrl+I）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>症例(&amp;C)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Search cases (title or note)</source>
        <translation>症例を検索（タイトル・メモ）</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No cases yet&lt;/h2&gt;&lt;p&gt;Create a case from a cath-lab CD, DICOM files or PDFs.&lt;br&gt;You can also drop files or folders onto this window.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;症例はまだありません&lt;/h2&gt;&lt;p&gt;カテ室の CD、DICOM ファイル、PDF から症例を作成してください。&lt;br&gt;ファイルやフォルダーをこのウィンドウにドロップすることもできます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新規症例…</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取り込みを中止</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>ファイルを探しています…</translation>
    </message>
    <message>
        <source>Reading file %1 of %2…</source>
        <translation>ファイルを読み込み中（%1 / %2）…</translation>
    </message>
    <message>
        <source>Copying file %1 of %2 into the library…</source>
        <translation>ライブラリにコピー中（%1 / %2）…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>取り込み中</translation>
    </message>
    <message>
        <source>An import is still running. Stop it and quit? Nothing of it will be kept.</source>
        <translation>取り込みがまだ実行中です。中止して終了しますか？ 取り込み途中のデータは保存されません。</translation>
    </message>
    <message>
        <source>New &amp;report…</source>
        <translation>報告書を作成(&amp;R)…</translation>
    </message>
    <message>
        <source>Write a training report, case report, case log or evaluation sheet (Ctrl+R)</source>
        <translation>研修報告、症例報告書、経験症例、評価表を作成します（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>プロフィール(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>報告書(&amp;R)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>症例</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報告書</translation>
    </message>
    <message>
        <source>Double-click a report to open it.</source>
        <translation>ダブルクリックで報告書を開きます。</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>報告書を開く</translation>
    </message>
    <message>
        <source>This report was written with a form this version of Kenshu does not know (%1, version %2). Update Kenshu to open it.</source>
        <translation>この報告書は、このバージョンの Kenshu が知らないフォーム（%1、バージョン %2）で作成されています。開くには Kenshu を更新してください。</translation>
    </message>
    <message>
        <source>&amp;Supervision record…</source>
        <translation>指導記録(&amp;S)…</translation>
    </message>
    <message>
        <source>Cases discussed with a supervisor, per resident and half-year</source>
        <translation>指導医とディスカッションした症例（専攻医・半期ごと）</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>記録(&amp;R)</translation>
    </message>
    <message>
        <source>Confirm before upload</source>
        <translation>アップロード前の確認</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>サーバーが受け付けませんでした</translation>
    </message>
    <message>
        <source>Kenshu — case library — %1</source>
        <translation>Kenshu — 症例ライブラリー — %1</translation>
    </message>
</context>
<context>
    <name>kenshu::NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation>報告書の作成</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>症例なし</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>For case:</source>
        <translation>対象症例:</translation>
    </message>
    <message>
        <source>Report type:</source>
        <translation>報告書の種類:</translation>
    </message>
</context>
<context>
    <name>kenshu::NoticeBar</name>
    <message>
        <source>Close this note</source>
        <translation>このお知らせを閉じる</translation>
    </message>
</context>
<context>
    <name>kenshu::PaintToolBar</name>
    <message>
        <source>Paint</source>
        <translation>ペイント</translation>
    </message>
    <message>
        <source>Paint mode on or off (D); Esc ends it</source>
        <translation>ペイントモードの切り替え（D）。Esc で終了</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>矢印</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>ペン</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>消しゴム</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Colour of new drawings and of the selected one</source>
        <translation>新しい描画と選択中の描画の色</translation>
    </message>
    <message>
        <source>Custom colour…</source>
        <translation>その他の色…</translation>
    </message>
    <message>
        <source>Drawing colour</source>
        <translation>描画の色</translation>
    </message>
    <message>
        <source>Line width of new drawings and of the selected one</source>
        <translation>新しい描画と選択中の描画の線の太さ</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Whole series</source>
        <translation>シリーズ全体</translation>
    </message>
    <message>
        <source>New drawings show on every frame of the series instead of this frame only (S)</source>
        <translation>新しい描画をこのフレームだけでなくシリーズのすべてのフレームに表示します（S）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Remove every drawing shown on this frame</source>
        <translation>このフレームに表示されている描画をすべて消去します</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Save this frame with its drawings as a PNG (Ctrl+Shift+S)</source>
        <translation>このフレームを描画付きで PNG として保存します（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Export GSPS</source>
        <translation>GSPS を書き出す</translation>
    </message>
    <message>
        <source>Save the drawings as a DICOM presentation state for PACS viewers</source>
        <translation>描画を PACS ビューアー用の DICOM プレゼンテーションステートとして保存します</translation>
    </message>
    <message>
        <source>End paint mode</source>
        <translation>ペイントモード終了</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>元に戻す: %1（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>やり直し: %1（Ctrl+Shift+Z）</translation>
    </message>
</context>
<context>
    <name>kenshu::PdfPane</name>
    <message>
        <source>Close the PDF</source>
        <translation>PDF を閉じる</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>前のページ（Page Up）</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>次のページ（Page Down）</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>ページを幅に合わせます</translation>
    </message>
    <message>
        <source>Search in the PDF</source>
        <translation>PDF 内を検索</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Previous hit (Shift+Enter)</source>
        <translation>前の検索結果（Shift+Enter）</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Next hit (Enter)</source>
        <translation>次の検索結果（Enter）</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>/ %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>kenshu::ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation>プロフィール</translation>
    </message>
    <message>
        <source>e.g. 123456</source>
        <translation>例: 123456</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>専攻医</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>指導医</translation>
    </message>
    <message>
        <source>Training director</source>
        <translation>統括責任者</translation>
    </message>
    <message>
        <source>Until this computer signs in to your program&apos;s server, these details stand for you: they name your cases and reports and decide which steps you can take.</source>
        <translation>このコンピューターが研修プログラムのサーバーにサインインするまでは、ここに入力した内容があなたを表します。症例や報告書の名前に使われ、行える操作を決めます。</translation>
    </message>
    <message>
        <source>Member number:</source>
        <translation>会員番号:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>役割:</translation>
    </message>
</context>
<context>
    <name>kenshu::RatingEditor</name>
    <message>
        <source>Self-rating (resident)</source>
        <translation>自己評価（専攻医）</translation>
    </message>
    <message>
        <source>Supervisor&apos;s rating</source>
        <translation>指導医評価</translation>
    </message>
</context>
<context>
    <name>kenshu::ReportListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>（無題）</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>症例</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>最終保存</translation>
    </message>
</context>
<context>
    <name>kenshu::ReportRequestRow</name>
    <message>
        <source>No. %1</source>
        <translation>番号 %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（無題）</translation>
    </message>
    <message>
        <source>✓ Can be sent</source>
        <translation>✓ 送信できます</translation>
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
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存できません: %1</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>すべての変更を保存済み</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（無題）</translation>
    </message>
    <message>
        <source>A title for your own list, e.g. the event or case</source>
        <translation>一覧で見分けるためのタイトル（例: 研究会名や症例）</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Click a problem to go to its field.</source>
        <translation>クリックすると該当する項目に移動します。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告書</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the report laid out as a paper form (%1)</source>
        <translation>紙の様式のレイアウトで印刷します（%1）</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PDF に書き出し(&amp;P)…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF に書き出し</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Start next year&apos;s sheet</source>
        <translation>次年度の評価表を作成</translation>
    </message>
    <message>
        <source>A new sheet for next year with these ratings carried over</source>
        <translation>この評価を引き継いだ次年度の評価表を作成します</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>記録</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;This cannot be handed on yet:&lt;/b&gt; %n field(s) need attention. The draft is saved as it is.</source>
        <translation>
            <numerusform>&lt;b&gt;まだ提出できません:&lt;/b&gt; %n 件の項目を確認してください。下書きはこのまま保存されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2?</source>
        <translation>%1: %2 でよろしいですか？</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: 完了しました</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 に書き出しました</translation>
    </message>
    <message>
        <source>%1 (next year)</source>
        <translation>%1（次年度）</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存されていません</translation>
    </message>
    <message>
        <source>The last changes could not be saved: %1

Close anyway and lose them?</source>
        <translation>最後の変更を保存できませんでした: %1

変更を破棄して閉じますか？</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Request approval</source>
        <translation>承認依頼</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>依頼を送っています…</translation>
    </message>
    <message numerus="yes">
        <source>Approval requested for %n report(s).</source>
        <translation>
            <numerusform>%n 件の報告書の承認を依頼しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kenshu::SignInDialog</name>
    <message>
        <source>Sign in to Kenshu</source>
        <translation>Kenshu にサインイン</translation>
    </message>
    <message>
        <source>https://kenshu.example-hospital.jp</source>
        <translation>https://kenshu.example-hospital.jp</translation>
    </message>
    <message>
        <source>Set by your IT department.</source>
        <translation>情報システム部門が設定しています。</translation>
    </message>
    <message>
        <source>name@example-hospital.jp</source>
        <translation>name@example-hospital.jp</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>パスワードを忘れた場合</translation>
    </message>
    <message>
        <source>Opens the server&apos;s password page in your browser.</source>
        <translation>サーバーのパスワードのページをブラウザーで開きます。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>メールアドレス:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>The sign-in failed.</source>
        <translation>サインインできませんでした。</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the server address and the network connection, then try again.</source>
        <translation>サーバーに接続できません。サーバーのアドレスとネットワークの接続を確かめてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
</context>
<context>
    <name>kenshu::SingleChoiceEditor</name>
    <message>
        <source>(choose)</source>
        <translation>（選択してください）</translation>
    </message>
</context>
<context>
    <name>kenshu::SupervisionRecordWindow</name>
    <message>
        <source>Supervision record — Kenshu</source>
        <translation>指導記録 — Kenshu</translation>
    </message>
    <message>
        <source>Cases with at least one supervisor comment, per resident and half-year (January–June, July–December). A discussion counts only in the half-year it took place in.</source>
        <translation>指導医のコメントが 1 件以上ある症例を、専攻医と半期（1〜6月、7〜12月）ごとに表示します。ディスカッションは行われた半期にのみ数えられます。</translation>
    </message>
    <message>
        <source>Resident / half-year / case</source>
        <translation>専攻医 / 半期 / 症例</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF に書き出し…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV に書き出し…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Resident %1</source>
        <translation>専攻医 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 症例</numerusform>
        </translation>
    </message>
    <message>
        <source>No case has a supervisor&apos;s comment yet.</source>
        <translation>指導医のコメントがある症例はまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n case entry(ies)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Export supervision record</source>
        <translation>指導記録の書き出し</translation>
    </message>
    <message>
        <source>supervision-record.pdf</source>
        <translation>指導記録.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>supervision-record.csv</source>
        <translation>指導記録.csv</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 に保存しました</translation>
    </message>
</context>
<context>
    <name>kenshu::SyncControls</name>
    <message>
        <source>Sign &amp;in…</source>
        <translation>サインイン(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Sign out: this computer forgets the sign-in. Your work stays here.</source>
        <translation>サインアウト: このコンピューターはサインインを忘れます。作業内容はここに残ります。</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>今すぐ同期(&amp;Y)</translation>
    </message>
    <message>
        <source>Send your changes to the server and fetch what changed there (%1)</source>
        <translation>変更をサーバーに送り、サーバーでの変更を取得します（%1）</translation>
    </message>
    <message>
        <source>Sync &amp;problems…</source>
        <translation>同期の問題(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同期(&amp;S)</translation>
    </message>
    <message>
        <source>The training room new cases and reports go to</source>
        <translation>新しい症例と報告書を登録する研修ルーム</translation>
    </message>
    <message>
        <source>You are signed out: %1 Your work stays on this computer.</source>
        <translation>サインアウトしました: %1 作業内容はこのコンピューターに残ります。</translation>
    </message>
    <message>
        <source>This computer has no keychain Kenshu can use, so you are signed in for this session only: next time Kenshu asks for your password again.</source>
        <translation>このコンピューターには Kenshu が使えるキーチェーンがないため、今回の起動中だけサインインしています。次回はもう一度パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>サインイン…</translation>
    </message>
</context>
<context>
    <name>kenshu::SyncIssueList</name>
    <message>
        <source>A change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Conflict: %1 was changed on the server too. Both versions are kept. (%2)</source>
        <translation>競合: %1 はサーバーでも変更されました。両方の版を残しています。（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for you: a study whose images may show patient data burned in (%n series). Look at them, then confirm. (%1)</source>
        <translation>
            <numerusform>確認待ち: 画像に患者情報が焼き込まれているおそれのある検査です（%n シリーズ）。画像を確認してから承認してください。（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1 — %2 (%3)</source>
        <translation>受け付けられませんでした: %1 — %2（%3）</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>同期の問題</translation>
    </message>
    <message>
        <source>These changes are kept on this computer but are not on the server as they are. Open one to decide what to do.</source>
        <translation>これらの変更はこのコンピューターに残っていますが、そのままではサーバーにありません。開いて対応を決めてください。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
</context>
<context>
    <name>kenshu::SyncStatusWidget</name>
    <message>
        <source>Uploading file %1 of %2</source>
        <translation>ファイル %1 / %2 をアップロード中</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>サインイン…</translation>
    </message>
    <message>
        <source>Changes the server did not take as they are: open the list</source>
        <translation>サーバーがそのまま受け付けなかった変更: 一覧を開く</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Your work is kept on this computer. Sign in to share it with your supervisors.</source>
        <translation>作業内容はこのコンピューターに保存されています。指導医と共有するにはサインインしてください。</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>The server has not been reached yet. Your work is kept here and sent when it can be.</source>
        <translation>まだサーバーに接続できていません。作業内容はここに保存され、接続できたときに送られます。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同期しています…</translation>
    </message>
    <message>
        <source>The local library could not be read: %1</source>
        <translation>ローカルのライブラリーを読めませんでした: %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation>サーバーが変更を受け付けませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>未送信の変更 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved on this computer, not yet on the server</source>
        <translation>このコンピューターに保存済み、サーバーには未送信</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>競合 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>受付拒否 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n study(ies) to confirm</source>
        <translation>
            <numerusform>確認待ちの検査 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
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
        <translation>開いています…</translation>
    </message>
    <message>
        <source>Frame %1/%2</source>
        <translation>フレーム %1/%2</translation>
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
        <translation>拡大率 %1%</translation>
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
        <translation>%1 — Kenshu ビューアー</translation>
    </message>
    <message>
        <source>Series %1</source>
        <translation>シリーズ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n フレーム</numerusform>
        </translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>再生 / 一時停止（Space）</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>Playback speed; starts at the rate the file declares</source>
        <translation>再生速度（最初はファイルに記録されたフレームレート）</translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation>ループ(&amp;L)</translation>
    </message>
    <message>
        <source>Right-drag: window/level · wheel: zoom · O: overlays</source>
        <translation>右ドラッグ: ウィンドウ / レベル・ホイール: 拡大縮小・O: 文字表示</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Window presets (W: back to the file&apos;s window)</source>
        <translation>ウィンドウのプリセット（W: ファイルのウィンドウに戻す）</translation>
    </message>
    <message>
        <source>File window</source>
        <translation>ファイルのウィンドウ</translation>
    </message>
    <message>
        <source>Full range</source>
        <translation>全範囲</translation>
    </message>
    <message>
        <source>%1 (W %2 L %3)</source>
        <translation>%1（W %2 L %3）</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>描画</translation>
    </message>
    <message>
        <source>The drawings could not be saved or loaded: %1</source>
        <translation>描画を保存または読み込みできませんでした: %1</translation>
    </message>
    <message>
        <source>snapshot-frame-%1.png</source>
        <translation>スナップショット-フレーム%1.png</translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation>スナップショットを保存</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Export GSPS</source>
        <translation>GSPS を書き出す</translation>
    </message>
    <message>
        <source>There are no drawings on this frame to export.</source>
        <translation>このフレームには書き出す描画がありません。</translation>
    </message>
    <message>
        <source>drawings-frame-%1_PR.dcm</source>
        <translation>描画-フレーム%1_PR.dcm</translation>
    </message>
    <message>
        <source>DICOM presentation states (*.dcm)</source>
        <translation>DICOM プレゼンテーションステート (*.dcm)</translation>
    </message>
    <message numerus="yes">
        <source>PDF, %n page(s) — click to open it beside the images</source>
        <translation>
            <numerusform>PDF（%n ページ）— クリックすると画像の横に開きます</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>ペイント</translation>
    </message>
    <message>
        <source>The series this drawing was made on is not in this case.</source>
        <translation>このペイントが描かれたシリーズはこの症例にありません。</translation>
    </message>
    <message>
        <source>The drawing on frame %1</source>
        <translation>フレーム %1 のペイント</translation>
    </message>
    <message>
        <source>The case is closed: drawings cannot be changed.</source>
        <translation>症例はクローズされています。ペイントは変更できません。</translation>
    </message>
</context>
<context>
    <name>kenshu::sync::ApiClient</name>
    <message>
        <source>The server did not answer in time. Kenshu will try again.</source>
        <translation>サーバーが時間内に応答しませんでした。Kenshu が再試行します。</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified, so Kenshu did not connect (%1). Ask IT whether the server certificate or the CA bundle is right.</source>
        <translation>サーバーの身元を確認できなかったため、接続しませんでした（%1）。サーバー証明書または CA バンドルが正しいか IT 担当者に確認してください。</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Kenshu works offline and will sync when it can.</source>
        <translation>サーバーに接続できません（%1）。Kenshu はオフラインで動作し、接続できるようになったら同期します。</translation>
    </message>
    <message>
        <source>The server address is not valid: %1</source>
        <translation>サーバーのアドレスが正しくありません: %1</translation>
    </message>
    <message>
        <source>The server address must start with https:// (Kenshu only talks to servers over verified TLS): %1</source>
        <translation>サーバーのアドレスは https:// で始まる必要があります（Kenshu は検証済みの TLS でのみ通信します）: %1</translation>
    </message>
    <message>
        <source>The server address must not hold a user name, a query or a fragment.</source>
        <translation>サーバーのアドレスにユーザー名、クエリ、フラグメントを含めることはできません。</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>CA バンドル %1 に PEM 証明書がありません。</translation>
    </message>
    <message>
        <source>No server is set. Sign in first.</source>
        <translation>サーバーが設定されていません。先にサインインしてください。</translation>
    </message>
</context>
<context>
    <name>kenshu::sync::Auth</name>
    <message>
        <source>The server&apos;s sign-in answer had no tokens.</source>
        <translation>サーバーのサインイン応答にトークンがありませんでした。</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>メールアドレスまたはパスワードが違います。</translation>
    </message>
    <message>
        <source>Signed out on this computer, but the server could not be told (%1). The sign-in ends there by itself when it expires.</source>
        <translation>このコンピューターではサインアウトしましたが、サーバーに通知できませんでした（%1）。サーバー側のサインインは有効期限で自動的に終了します。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>先にサインインしてください。</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation>サインインの有効期限が切れたか、取り消されました。もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>kenshu::sync::Downloader</name>
    <message>
        <source>Another file is being fetched.</source>
        <translation>別のファイルを取得中です。</translation>
    </message>
    <message>
        <source>This is not the name of a file on the server.</source>
        <translation>サーバー上のファイル名ではありません。</translation>
    </message>
</context>
<context>
    <name>kenshu::sync::StudyFetcher</name>
    <message>
        <source>Another study is being fetched.</source>
        <translation>別の検査を取得中です。</translation>
    </message>
</context>
<context>
    <name>kenshu::sync::SyncEngine</name>
    <message>
        <source>The server&apos;s answer to a change was not a record.</source>
        <translation>変更に対するサーバーの応答がレコードではありませんでした。</translation>
    </message>
    <message>
        <source>Changed on the server by %1 since this version was made here.</source>
        <translation>この版を作成した後に、%1 がサーバー上で変更しました。</translation>
    </message>
    <message>
        <source>The server no longer has the version this change was made on.</source>
        <translation>この変更の元になった版がサーバーにもうありません。</translation>
    </message>
    <message>
        <source>The server&apos;s change feed was not understood.</source>
        <translation>サーバーの変更フィードを解釈できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: the images of %n series may show patient data burned into the pixels. Look at every frame, then confirm.</source>
        <translation>
            <numerusform>未送信: %n シリーズの画像に患者情報が焼き込まれているおそれがあります。すべてのフレームを確認してから承認してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kenshu::sync::SyncSession</name>
    <message>
        <source>Another sign-in or sync is running on this data folder. Kenshu will try again.</source>
        <translation>このデータフォルダーで別のサインインまたは同期が実行中です。Kenshu があとで再試行します。</translation>
    </message>
    <message>
        <source>Another sign-in or sync is running on this data folder.</source>
        <translation>このデータフォルダーで別のサインインまたは同期が実行中です。</translation>
    </message>
    <message>
        <source>The sign-in is no longer remembered on this computer. Sign in again.</source>
        <translation>このコンピューターにはサインインが記憶されていません。もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>kenshu::sync::TusUploader</name>
    <message>
        <source>The server did not say where to send the file.</source>
        <translation>サーバーからファイルの送信先が返されませんでした。</translation>
    </message>
    <message>
        <source>The server gave an unexpected upload offset.</source>
        <translation>サーバーから予期しないアップロード位置が返されました。</translation>
    </message>
</context>
<context>
    <name>kenshuctl</name>
    <message>
        <source>Imports DICOM files, DICOMDIR folders and PDFs into a case, creating the case if it does not exist.</source>
        <translation>DICOM ファイル、DICOMDIR のあるフォルダー、PDF を症例に取り込みます。症例がなければ作成します。</translation>
    </message>
    <message>
        <source>Case title, e.g. 123456-001.</source>
        <translation>症例タイトル（例: 123456-001）。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Note for a new case.</source>
        <translation>新しい症例のメモ。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Files and folders to import.</source>
        <translation>取り込むファイルとフォルダー。</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>PATH...</translation>
    </message>
    <message>
        <source>Usage: kenshuctl import --case TITLE [--note TEXT] PATH...</source>
        <translation>使い方: kenshuctl import --case TITLE [--note TEXT] PATH...</translation>
    </message>
    <message>
        <source>Case %1: %2 new DICOM instance(s), %3 already present; %4 new PDF(s), %5 already present.</source>
        <translation>症例 %1: 新規 DICOM インスタンス %2 件（登録済み %3 件）、新規 PDF %4 件（登録済み %5 件）。</translation>
    </message>
    <message>
        <source>Lists the cases in the local library.</source>
        <translation>ローカルライブラリの症例を一覧表示します。</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>JSON 配列で出力します。</translation>
    </message>
    <message>
        <source>%1 study(ies), %2 PDF(s)</source>
        <translation>Study %1 件、PDF %2 件</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>不明なコマンド: %1</translation>
    </message>
    <message>
        <source>Renders one frame of a DICOM file exactly as the viewer shows it.</source>
        <translation>DICOM ファイルの 1 フレームを、ビューアーと同じ表示で書き出します。</translation>
    </message>
    <message>
        <source>Frame index, from 0.</source>
        <translation>フレーム番号（0 から）。</translation>
    </message>
    <message>
        <source>Output image: .png, .pgm or .ppm.</source>
        <translation>出力画像: .png、.pgm、.ppm。</translation>
    </message>
    <message>
        <source>DICOM file.</source>
        <translation>DICOM ファイル。</translation>
    </message>
    <message>
        <source>Usage: kenshuctl render FILE --frame N --out OUT.png|pgm|ppm [--window C,W]</source>
        <translation>使い方: kenshuctl render FILE --frame N --out OUT.png|pgm|ppm [--window C,W]</translation>
    </message>
    <message>
        <source>This is a colour image: write it as .ppm or .png.</source>
        <translation>カラー画像です。.ppm または .png で書き出してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Frame %1 (%2 x %3) written to %4.</source>
        <translation>フレーム %1（%2 x %3）を %4 に書き出しました。</translation>
    </message>
    <message>
        <source>Measures how fast the viewer decodes a file; prints one JSON line.</source>
        <translation>ビューアーがファイルを復号する速さを測り、JSON 1 行で出力します。</translation>
    </message>
    <message>
        <source>Decoding threads.</source>
        <translation>復号スレッド数。</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>decode</translation>
    </message>
    <message>
        <source>Usage: kenshuctl bench decode FILE [--threads N]</source>
        <translation>使い方: kenshuctl bench decode FILE [--threads N]</translation>
    </message>
    <message>
        <source>Window centre and width (default: the file&apos;s first window, else its VOI LUT, else the frame&apos;s min-max).</source>
        <translation>ウィンドウ中心と幅（既定: ファイルの最初のウィンドウ、なければ VOI LUT、それもなければフレームの最小値・最大値）。</translation>
    </message>
    <message>
        <source>Drawing layer (JSON) to apply.</source>
        <translation>適用する描画レイヤー（JSON）。</translation>
    </message>
    <message>
        <source>Renders one frame with its drawings burned in, at image resolution.</source>
        <translation>1 フレームを描画を焼き込んだ状態で、画像の解像度で書き出します。</translation>
    </message>
    <message>
        <source>Frame index, from 0 (default: the layer&apos;s frame, else 0).</source>
        <translation>フレーム番号（0 から。既定: レイヤーのフレーム、なければ 0）。</translation>
    </message>
    <message>
        <source>Output image (.png).</source>
        <translation>出力画像（.png）。</translation>
    </message>
    <message>
        <source>Usage: kenshuctl annotate FILE [--frame N] --annotations A.json --out OUT.png</source>
        <translation>使い方: kenshuctl annotate FILE [--frame N] --annotations A.json --out OUT.png</translation>
    </message>
    <message>
        <source>Frame %1 with %2 drawings written to %3.</source>
        <translation>フレーム %1（描画 %2 個）を %3 に書き出しました。</translation>
    </message>
    <message>
        <source>Writes the drawings as a DICOM Grayscale Softcopy Presentation State that references the image; a layer with a frame applies to that frame only.</source>
        <translation>描画を、画像を参照する DICOM Grayscale Softcopy Presentation State として書き出します。フレーム指定のあるレイヤーはそのフレームだけに適用されます。</translation>
    </message>
    <message>
        <source>Output presentation state file.</source>
        <translation>出力するプレゼンテーションステートのファイル。</translation>
    </message>
    <message>
        <source>Usage: kenshuctl gsps FILE --annotations A.json --out OUT_PR.dcm</source>
        <translation>使い方: kenshuctl gsps FILE --annotations A.json --out OUT_PR.dcm</translation>
    </message>
    <message>
        <source>Presentation state written to %1.</source>
        <translation>プレゼンテーションステートを %1 に書き出しました。</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <source>Lists the records in the local library with their sync state.</source>
        <translation>ローカルライブラリのレコードを同期状態とともに一覧表示します。</translation>
    </message>
    <message>
        <source>Only records of this type (e.g. report).</source>
        <translation>この種類のレコードのみ（例: report）。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Unknown record type: %1</source>
        <translation>不明なレコードの種類: %1</translation>
    </message>
    <message>
        <source>import, cases, records, render, annotate, gsps, deidentify, login, sync, logout, upload or bench</source>
        <translation>import、cases、records、render、annotate、gsps、deidentify、login、sync、logout、upload、bench のいずれか</translation>
    </message>
    <message>
        <source>a DICOMDIR (an index with patient data)</source>
        <translation>DICOMDIR（患者情報を含む索引）</translation>
    </message>
    <message>
        <source>not DICOM</source>
        <translation>DICOM ではありません</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3 removed, %4 emptied, %5 replaced, %6 with new UIDs)</source>
        <translation>%1 -&gt; %2（削除 %3、空欄化 %4、置換 %5、UID 付け替え %6）</translation>
    </message>
    <message>
        <source>Warning: %1 may show patient data burned into the image (Burned In Annotation, or an ultrasound or screen capture). Look at every frame before sharing it.</source>
        <translation>警告: %1 には画像に焼き込まれた患者情報が含まれている可能性があります（Burned In Annotation、超音波、画面キャプチャ）。共有する前にすべてのフレームを確認してください。</translation>
    </message>
    <message>
        <source>Makes de-identified copies of DICOM files (DICOM PS3.15 Basic Application Level Confidentiality Profile; UIDs remapped consistently with the key in the data folder). A folder is searched recursively; its copies are named after their new SOP Instance UIDs. The originals are not changed.</source>
        <translation>DICOM ファイルの匿名化コピーを作成します（DICOM PS3.15 Basic Application Level Confidentiality Profile。UID はデータフォルダーの鍵で一貫して付け替えます）。フォルダーはサブフォルダーまで検索し、コピーには新しい SOP Instance UID の名前を付けます。元のファイルは変更しません。</translation>
    </message>
    <message>
        <source>A DICOM file or a folder.</source>
        <translation>DICOM ファイルまたはフォルダー。</translation>
    </message>
    <message>
        <source>The copy, or a folder for the copies.</source>
        <translation>コピー先のファイル、またはコピーを置くフォルダー。</translation>
    </message>
    <message>
        <source>Usage: kenshuctl [--data-dir DIR] deidentify IN OUT</source>
        <translation>使い方: kenshuctl [--data-dir DIR] deidentify IN OUT</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>The output folder %1 must not be inside %2.</source>
        <translation>出力フォルダー %1 を %2 の中に置くことはできません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 をスキップしました: %2</translation>
    </message>
    <message>
        <source>%1 file(s) de-identified into %2, %3 skipped, %4 failed.</source>
        <translation>%1 ファイルを %2 に匿名化しました（スキップ %3、失敗 %4）。</translation>
    </message>
    <message>
        <source>There are no DICOM files in %1.</source>
        <translation>%1 に DICOM ファイルがありません。</translation>
    </message>
    <message>
        <source>Give the password with --password-stdin, or run kenshuctl in a terminal.</source>
        <translation>--password-stdin でパスワードを渡すか、端末で kenshuctl を実行してください。</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>パスワード: </translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>パスワードが入力されていません。</translation>
    </message>
    <message>
        <source>Another sign-in or sync is running on this data folder.</source>
        <translation>このデータフォルダーでは別のサインインまたは同期が実行中です。</translation>
    </message>
    <message>
        <source>Not signed in. Run: kenshuctl login --server URL --email E</source>
        <translation>サインインしていません。次を実行してください: kenshuctl login --server URL --email E</translation>
    </message>
    <message>
        <source>The sign-in is no longer remembered here. Run kenshuctl login again.</source>
        <translation>このコンピューターにはサインインが記憶されていません。もう一度 kenshuctl login を実行してください。</translation>
    </message>
    <message>
        <source>Signs in to a Kenshu server. The password is never stored; the sign-in is remembered in the system keychain.</source>
        <translation>Kenshu サーバーにサインインします。パスワードは保存されません。サインインはシステムのキーチェーンに記憶されます。</translation>
    </message>
    <message>
        <source>Server address (https://…).</source>
        <translation>サーバーのアドレス（https://…）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Your e-mail address.</source>
        <translation>メールアドレス。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>パスワードを標準入力から読み込みます。</translation>
    </message>
    <message>
        <source>PEM file of CA certificates to trust besides the system&apos;s.</source>
        <translation>システムの証明書に加えて信頼する CA 証明書の PEM ファイル。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Usage: kenshuctl login --server URL --email E [--password-stdin] [--ca-bundle F]</source>
        <translation>使い方: kenshuctl login --server URL --email E [--password-stdin] [--ca-bundle F]</translation>
    </message>
    <message>
        <source>The sign-in failed.</source>
        <translation>サインインできませんでした。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3).</source>
        <translation>%1 に %2（%3）としてサインインしました。</translation>
    </message>
    <message>
        <source>Sends local changes to the server and fetches what changed there. Exit code 0 when everything is up to date.</source>
        <translation>ローカルの変更をサーバーに送り、サーバー側の変更を取得します。すべて最新なら終了コード 0 です。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>%1 change(s) could not be synced; see above.</source>
        <translation>%1 件の変更を同期できませんでした。上の表示を確認してください。</translation>
    </message>
    <message>
        <source>Uploads files as blobs: DICOM files de-identified first (the originals stay here), PDF and PNG as they are. An interrupted upload resumes where the server stopped.</source>
        <translation>ファイルをアップロードします。DICOM は先に匿名化し（元のファイルはこのコンピューターに残ります）、PDF と PNG はそのまま送ります。中断したアップロードはサーバーが受け取ったところから再開します。</translation>
    </message>
    <message>
        <source>You have looked at every frame: no patient data is burned into the images.</source>
        <translation>すべてのフレームを確認し、画像に患者情報が焼き込まれていないことを確かめました。</translation>
    </message>
    <message>
        <source>Files to upload.</source>
        <translation>アップロードするファイル。</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>Usage: kenshuctl upload FILE... [--confirm-burned-in]</source>
        <translation>使い方: kenshuctl upload FILE... [--confirm-burned-in]</translation>
    </message>
    <message>
        <source>the images may show patient data burned into the pixels. Look at every frame, then upload with --confirm-burned-in.</source>
        <translation>画像に患者情報が焼き込まれている可能性があります。すべてのフレームを確認してから --confirm-burned-in を付けてアップロードしてください。</translation>
    </message>
    <message>
        <source>Signs out: the server revokes the sign-in and the keychain forgets it.</source>
        <translation>サインアウトします。サーバーはサインインを取り消し、キーチェーンからも削除されます。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>サインアウトしました。</translation>
    </message>
    <message>
        <source>Downloads the files of a study that are not in the data folder. An interrupted download continues where it stopped.</source>
        <translation>データフォルダーにない検査のファイルをダウンロードします。中断したダウンロードは止まったところから続きます。</translation>
    </message>
    <message>
        <source>The study&apos;s record id.</source>
        <translation>検査のレコード ID。</translation>
    </message>
    <message>
        <source>STUDY-ID</source>
        <translation>STUDY-ID</translation>
    </message>
    <message>
        <source>Usage: kenshuctl fetch STUDY-ID</source>
        <translation>使い方: kenshuctl fetch STUDY-ID</translation>
    </message>
    <message>
        <source>Fetched %1 file(s) (%2 bytes); %3 file(s) were here already.</source>
        <translation>%1 個のファイル（%2 バイト）を取得しました。%3 個はすでにありました。</translation>
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
        <translation>コマンドラインから使う Kenshu。

コマンド:
  import --case TITLE [--note TEXT] PATH...   DICOM/DICOMDIR/PDF を症例に取り込む
  cases [--json]                              症例の一覧
  records [--type T] [--json]                 ローカルのレコードと同期状態の一覧
  render FILE --frame N --out OUT.png|pgm|ppm [--window C,W]
                                              ビューアーと同じように 1 フレームを書き出す
  annotate FILE [--frame N] --annotations A.json --out OUT.png
                                              描画を焼き込んだフレーム
  gsps FILE --annotations A.json --out OUT_PR.dcm
                                              描画を DICOM GSPS ファイルとして書き出す
  deidentify IN OUT                           DICOM ファイルの匿名化コピー
                                              （ファイルまたはフォルダー。共有用）
  login --server URL --email E [--password-stdin] [--ca-bundle F]
                                              サインイン（キーチェーンに記憶）
  sync [--json] [--confirm-burned-in]         ファイルをアップロードし、ローカルの変更を
                                              送信し、サーバーの変更を取得
  logout                                      サインアウトして記憶を消去
  upload FILE... [--confirm-burned-in]        ファイルをアップロード（DICOM は先に匿名化）
  fetch STUDY-ID                              検査のファイルをダウンロード
  bench decode FILE [--threads N]             デコード速度を 1 行の JSON で出力

終了コード: 0 完了、1 拒否されたファイルまたはエラー、2 使い方の誤り。</translation>
    </message>
    <message>
        <source>the files say text is burned in</source>
        <translation>ファイルに文字の焼き込みが記録されています</translation>
    </message>
    <message>
        <source>%1 images often show text</source>
        <translation>%1 の画像にはよく文字が写っています</translation>
    </message>
    <message>
        <source>series %1 (%2): %3</source>
        <translation>シリーズ %1（%2）: %3</translation>
    </message>
    <message>
        <source>Confirmed: no patient data burned into the images of study %1.</source>
        <translation>確認済み: 検査 %1 の画像に患者情報の焼き込みはありません。</translation>
    </message>
    <message>
        <source>You have looked at every frame of the studies the last sync held: no patient data is burned into the images. They are sent now.</source>
        <translation>前回の同期で保留した検査のすべてのフレームを確認し、患者情報の焼き込みはありませんでした。今から送信します。</translation>
    </message>
    <message>
        <source>Pushed %1 change(s), pulled %2 record(s), uploaded %3 file(s).</source>
        <translation>%1 件の変更を送信し、%2 件のレコードを取得し、%3 個のファイルをアップロードしました。</translation>
    </message>
    <message>
        <source>Look at every frame of the studies held above, then run: kenshuctl sync --confirm-burned-in</source>
        <translation>上で保留した検査のすべてのフレームを確認してから、kenshuctl sync --confirm-burned-in を実行してください</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: kenshu-server serve|admin … (see docs/server.md)
</source>
        <translation>使い方: kenshu-server serve|admin …（docs/server.md を参照）
</translation>
    </message>
</context>
</TS>
