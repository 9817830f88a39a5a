// What sipas-score says, in Vietnamese (the default: its users are Vietnamese officials) and in English (--lang en).
// The reasons' codes (not-json, …) stay as they are in both: scripts match them.

export const MESSAGES = {
  vi: {
    usage: ({ formats, cuts, maxLineBytes }) => `Cách dùng: sipas-score [tùy chọn] [phieu.ndjson | -]
           sipas-score --from-counts [tùy chọn] so-dem.csv…

Tính các chỉ số hài lòng SIPAS từ các phiếu trả lời, mỗi dòng một phiếu JSON.
Đọc từ đầu vào chuẩn khi không có tệp (hoặc "-"). Với --from-counts, cộng các tệp số đếm (CSV, như
--format counts ghi ra: của các xã, các phần dữ liệu hoặc từ SQL của sipas-sql) rồi tính chỉ số của tổng, chính xác.

Tùy chọn:
  --format ${formats}
                               dạng kết quả (mặc định: table, một bảng dễ đọc); xlsx: sổ tính Excel;
                               counts: số đếm cộng được, dạng CSV (docs/sql.md)
  --from-counts                các tệp là số đếm cần cộng, không phải phiếu (dòng tiêu đề ghi cách chia)
  --out TỆP                    ghi kết quả vào TỆP thay vì ra màn hình (bắt buộc với xlsx)
  --by TRƯỜNG[,TRƯỜNG…]        chia theo: ${cuts}
                               (desk: quầy; mode: online, kiosk, paper hoặc interview)
  --period month|quarter|year  chia thêm theo tháng, quý hoặc năm nộp phiếu (giờ Việt Nam, UTC+7)
  --compare previous|KỲ        so sánh kỳ mới nhất của mỗi nhóm với kỳ liền trước (previous) hoặc với KỲ
                               (ví dụ 2025, 2025-Q2, 2025-06); cần --period
  --recode agencyCode=TỆP.csv  gộp đơn vị đã sáp nhập: TỆP.csv có các cột mã cũ, mã mới, tên mới; số phiếu
                               của các mã cũ được cộng vào mã mới rồi mới tính chỉ số
  --min-n N                    đánh dấu chỉ số có ít hơn N câu trả lời hợp lệ (mặc định: 30)
  --definition TỆP             thêm một mẫu phiếu (JSON) ngoài các mẫu có sẵn; dùng được nhiều lần
  --lang vi|en                 ngôn ngữ của kết quả và thông báo (mặc định: vi)
  --help                       hiện hướng dẫn này

Dòng lỗi được báo ra luồng lỗi chuẩn kèm số dòng và lý do; dòng trống được bỏ qua, dòng dài quá
${maxLineBytes} byte (1 MiB) không được đọc mà được tính là quá dài.
Mã thoát: 0 mọi dòng đều được tính, 1 có dòng lỗi (kết quả vẫn được in), 2 dùng sai tùy chọn, không đọc được
đầu vào hoặc không ghi được kết quả.`,
    line: (number) => `dòng ${number}`,
    moreBadLines: (count) => `… và ${count} dòng lỗi nữa`,
    notCounted: (bad, seen) => `${bad} trên ${seen} phiếu không được tính`,
    tryHelp: 'Xem "sipas-score --help".',
    noBuild: (message) => `sipas-score: không nạp được thư viện từ dist/ (hãy chạy "npm run build" trước): ${message}`,
    format: (formats, given) => `--format phải là một trong ${formats}, không phải "${given}"`,
    cutOptions: {
      notACut: (option, field, cuts) => `${option}: "${field}" không phải là một cách chia; hãy dùng ${cuts}`,
      twice: (option, given) => `${option}: mỗi cách chia chỉ một lần, không phải "${given}"`,
      period: (option, periods, given) => `${option} phải là một trong ${periods}, không phải "${given}"`,
      minN: (option, given) => `${option} phải là một số nguyên ≥ 0, không phải "${given}"`,
    },
    fromCountsCuts: '--from-counts dùng cách chia mà các tệp số đếm đã được tạo (dòng tiêu đề); bỏ --by và --period',
    fromCountsFiles: '--from-counts cần một hoặc nhiều tệp số đếm',
    xlsxNeedsOut: '--format xlsx cần --out TỆP.xlsx (sổ tính Excel không in ra màn hình được)',
    lang: (given) => `--lang phải là vi hoặc en, không phải "${given}"`,
    oneInput: 'chỉ được đưa một tệp đầu vào',
    compareNeedsPeriod: '--compare cần --period (month, quarter hoặc year) để biết các kỳ',
    compare: (given) => `--compare phải là previous hoặc một kỳ như 2025, 2025-Q2, 2025-06, không phải "${given}"`,
    recode: (given) => `--recode phải có dạng agencyCode=TỆP.csv, không phải "${given}"`,
    crosswalk: (file, message) => `--recode ${file}: ${message}`,
    cannotRead: (what, message) => `không đọc được ${what}: ${message}`,
    standardInput: 'đầu vào chuẩn',
  },
  en: {
    usage: ({ formats, cuts, maxLineBytes }) => `Usage: sipas-score [options] [responses.ndjson | -]
       sipas-score --from-counts [options] counts.csv…

Computes the SIPAS satisfaction indices from responses, one JSON response per line.
Reads standard input when no file (or "-") is given. With --from-counts, adds up counts (CSV, as --format counts
writes them: from communes, shards or the SQL of sipas-sql) and computes the indices of the whole, exactly.

Options:
  --format ${formats}
                               output format (default: table, a readable table); xlsx: an Excel workbook;
                               counts: the mergeable counts as CSV (docs/sql.md)
  --from-counts                the files are counts to add up, not responses (their header names the cuts)
  --out FILE                   write the output to FILE instead of standard output (needed for xlsx)
  --by FIELD[,FIELD…]          cut by: ${cuts}
                               (desk: the counter; mode: online, kiosk, paper or interview)
  --period month|quarter|year  also cut by the period of submittedAt (Vietnam time, UTC+7)
  --compare previous|PERIOD    compare each group's latest period with the one before (previous) or with
                               PERIOD (e.g. 2025, 2025-Q2, 2025-06); needs --period
  --recode agencyCode=FILE.csv merged units: FILE.csv has old code, new code, new name; the old codes' counts
                               are added to the new code's before the indices are computed
  --min-n N                    flag indices over fewer than N valid answers (default: 30)
  --definition FILE            a questionnaire definition (JSON) besides the built-in ones; repeatable
  --lang vi|en                 language of the output and messages (default: vi)
  --help                       show this help

Bad lines are reported on standard error with their line number and reason; blank lines are skipped, and a line
longer than ${maxLineBytes} bytes (1 MiB) is not read but counted as too long.
Exit status: 0 all lines counted, 1 some lines were bad (the results are still printed), 2 usage error, unreadable
input or output that could not be written.`,
    line: (number) => `line ${number}`,
    moreBadLines: (count) => `… and ${count} more bad lines`,
    notCounted: (bad, seen) => `${bad} of ${seen} responses were not counted`,
    tryHelp: 'Try "sipas-score --help".',
    noBuild: (message) => `sipas-score: cannot load the library from dist/ (run "npm run build" first): ${message}`,
    format: (formats, given) => `--format must be ${formats}, not "${given}"`,
    // The library's own English words (parseCutOptions' default), spelled out here beside the Vietnamese.
    cutOptions: {
      notACut: (option, field, cuts) => `${option}: "${field}" is not a cut; use ${cuts}`,
      twice: (option, given) => `${option}: each cut at most once, not "${given}"`,
      period: (option, periods, given) => `${option} must be ${periods}, not "${given}"`,
      minN: (option, given) => `${option} must be a whole number ≥ 0, not "${given}"`,
    },
    fromCountsCuts: '--from-counts takes the cuts the counts were made with (their header); leave out --by and --period',
    fromCountsFiles: '--from-counts needs one or more counts files',
    xlsxNeedsOut: '--format xlsx needs --out FILE.xlsx (an Excel workbook cannot be shown on the terminal)',
    lang: (given) => `--lang must be vi or en, not "${given}"`,
    oneInput: 'give at most one input file',
    compareNeedsPeriod: '--compare needs --period (month, quarter or year) to know the periods',
    compare: (given) => `--compare must be previous or a period such as 2025, 2025-Q2, 2025-06, not "${given}"`,
    recode: (given) => `--recode must be agencyCode=FILE.csv, not "${given}"`,
    crosswalk: (file, message) => `--recode ${file}: ${message}`,
    cannotRead: (what, message) => `cannot read ${what}: ${message}`,
    standardInput: 'standard input',
  },
};

/** The messages in the language asked for on the command line (before the options are checked), else Vietnamese. */
export function messagesFor(argv) {
  const index = argv.findLastIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const lang = index < 0 ? 'vi' : argv[index].includes('=') ? argv[index].slice(7) : argv[index + 1];
  return MESSAGES[lang] ?? MESSAGES.vi;
}
