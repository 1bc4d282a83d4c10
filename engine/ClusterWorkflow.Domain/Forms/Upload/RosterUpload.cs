using ClusterWorkflow.Domain.Forms.Validation;
using MiniExcelLibs;

namespace ClusterWorkflow.Domain.Forms.Upload;

/// <summary>
/// Reads an uploaded roster (.xlsx or .csv, first row = field names as in <see cref="RosterTemplate"/>)
/// and validates every row against the form. Problems are placed by sheet row and column letter.
/// Never throws for a bad file; stores nothing.
/// </summary>
public sealed class RosterUpload(FormValidator validator)
{
    /// <param name="context">Top-level values the rows' rules refer to (e.g. <c>period</c>, <c>period_days</c>).</param>
    public RosterUploadResult Read(
        FormDefinition form, string repeatName, Stream file, string fileName,
        IReadOnlyDictionary<string, object?>? context = null, string language = "en", CancellationToken cancellationToken = default)
    {
        var options = validator.Options;
        var repeat = form.Fields.FirstOrDefault(f => f.Type == FieldType.Repeat && f.Name == repeatName);
        if (repeat is null)
        {
            return Rejected(UploadMessages.Format("noRepeat", language, form.Id, repeatName));
        }

        var content = Buffer(file, options.UploadMaxBytes, out var size);
        if (content is null)
        {
            return Rejected(UploadMessages.Format("tooLarge", language, size, options.UploadMaxBytes), ProblemCodes.FileTooLarge);
        }
        var type = SheetReader.Detect(fileName, content);
        if (type is null)
        {
            return Rejected(UploadMessages.Format("fileType", language, fileName));
        }

        SheetReader.Sheet sheet;
        try
        {
            sheet = SheetReader.Read(content, type.Value, repeatName, options.UploadMaxRows);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // MiniExcel reports a damaged file with many exception types (zip, XML, format); all mean "cannot read".
            return Rejected(UploadMessages.Format("unreadable", language, type == ExcelType.XLSX ? "Excel (.xlsx)" : "CSV", exception.Message));
        }
        if (sheet.Rows.Count == 0 || sheet.Rows[0].Cells.Values.All(SheetReader.IsBlank))
        {
            return Rejected(UploadMessages.Format("empty", language));
        }

        var problems = new List<UploadProblem>();
        var header = UploadHeader.Read(sheet.Rows[0].Cells, repeat, language, problems);
        if (sheet.FilledDataRows > options.UploadMaxRows)
        {
            problems.Add(new UploadProblem(null, null, null, Severity.Error, ProblemCodes.TooManyRows,
                UploadMessages.Format("tooManyRows", language, sheet.FilledDataRows, options.UploadMaxRows)));
        }
        var dataRows = sheet.Rows.Skip(1).Take(options.UploadMaxRows).ToList();
        if (dataRows.Count == 0)
        {
            problems.Add(new UploadProblem(null, null, null, Severity.Error, ProblemCodes.Rows, UploadMessages.Format("noRows", language)));
            return new RosterUploadResult([], problems);
        }

        var records = dataRows.Select(r => (IReadOnlyDictionary<string, object?>)header.Values(r.Cells)).ToList();
        var (cleaned, fieldProblems) = validator.ValidateRows(form, repeatName, records, context, language, cancellationToken);

        var rowsWithErrors = new HashSet<int>();
        foreach (var problem in fieldProblems)
        {
            int? sheetRow = problem.Row is int row ? dataRows[row - 1].Number : null;
            if (sheetRow is int r && problem.Severity == Severity.Error)
            {
                rowsWithErrors.Add(r);
            }
            problems.Add(new UploadProblem(sheetRow, header.ColumnOf(problem.Field), problem.Field, problem.Severity, problem.Code, problem.Message));
        }
        var uploaded = cleaned.Select((values, i) => new UploadedRow(dataRows[i].Number, values, rowsWithErrors.Contains(dataRows[i].Number))).ToList();
        return new RosterUploadResult(uploaded, problems);
    }

    private static RosterUploadResult Rejected(string message, string code = "file") =>
        new([], [new UploadProblem(null, null, null, Severity.Error, code, message)]);

    /// <summary>Copies the upload into memory, refusing it once it passes <paramref name="maxBytes"/>.</summary>
    private static MemoryStream? Buffer(Stream file, long maxBytes, out long size)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = file.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                size = file.CanSeek ? file.Length : buffer.Length;
                return null;
            }
        }
        size = buffer.Length;
        buffer.Position = 0;
        return buffer;
    }
}
