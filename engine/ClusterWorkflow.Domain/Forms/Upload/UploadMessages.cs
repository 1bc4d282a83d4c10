using System.Globalization;

namespace ClusterWorkflow.Domain.Forms.Upload;

/// <summary>Upload messages in English and Hindi; other languages fall back to English.</summary>
internal static class UploadMessages
{
    private static readonly Dictionary<string, (string En, string Hi)> Texts = new()
    {
        ["tooLarge"] = ("The file is {0:N0} bytes; at most {1:N0} are accepted. Split the roster into smaller files.", "फ़ाइल {0:N0} बाइट की है; अधिकतम {1:N0} स्वीकार हैं। सूची को छोटी फ़ाइलों में बाँटें।"),
        ["fileType"] = ("'{0}' is neither an Excel workbook (.xlsx) nor a CSV file (.csv); download the template and fill it in.", "'{0}' न तो एक्सेल (.xlsx) है न सीएसवी (.csv); टेम्पलेट डाउनलोड करके भरें।"),
        ["unreadable"] = ("The file could not be read as {0} ({1}); save it again as .xlsx or .csv.", "फ़ाइल {0} के रूप में पढ़ी नहीं जा सकी ({1}); इसे .xlsx या .csv के रूप में फिर से सहेजें।"),
        ["empty"] = ("The file has no header row; the first row must hold the field names of the template.", "फ़ाइल में शीर्ष पंक्ति नहीं है; पहली पंक्ति में टेम्पलेट के फ़ील्ड नाम होने चाहिए।"),
        ["unknownColumn"] = ("The column '{0}' is not a field of the roster; rename it to one of the template's names or delete it.", "कॉलम '{0}' सूची का फ़ील्ड नहीं है; इसे टेम्पलेट के किसी नाम में बदलें या हटाएँ।"),
        ["duplicateColumn"] = ("The column '{0}' appears twice (also in column {1}); keep one.", "कॉलम '{0}' दो बार है (कॉलम {1} में भी); एक रखें।"),
        ["missingColumn"] = ("The required column '{0}' is missing; add it as in the template.", "आवश्यक कॉलम '{0}' नहीं है; इसे टेम्पलेट की तरह जोड़ें।"),
        ["missingOptionalColumn"] = ("The column '{0}' is missing; its values are taken as empty.", "कॉलम '{0}' नहीं है; इसके मान खाली माने गए।"),
        ["tooManyRows"] = ("The file has {0:N0} data rows; at most {1:N0} are accepted. Split the roster into smaller files.", "फ़ाइल में {0:N0} पंक्तियाँ हैं; अधिकतम {1:N0} स्वीकार हैं। सूची को छोटी फ़ाइलों में बाँटें।"),
        ["noRows"] = ("The file has a header row but no data rows.", "फ़ाइल में शीर्ष पंक्ति है पर कोई डेटा पंक्ति नहीं है।"),
        ["noRepeat"] = ("The form '{0}' has no roster (repeat) named '{1}'.", "फ़ॉर्म '{0}' में '{1}' नाम की सूची (रिपीट) नहीं है।"),
    };

    public static string Format(string key, string language, params object?[] args)
    {
        var (en, hi) = Texts[key];
        return string.Format(CultureInfo.InvariantCulture, language == "hi" ? hi : en, args);
    }
}
