namespace ClusterWorkflow.Ui.Tests.Browser;

/// <summary>A filled roster as a TSA would upload it: three enterprises, the second with more days operated than November has.</summary>
public static class RosterCsv
{
    private const string Header =
        "enterprise_id,enterprise_name,status,owner_gender,social_category,workers_family_female,workers_family_male,workers_hired_female,workers_hired_male," +
        "days_operated,person_days,revenue_total,revenue_via_collective,raw_material_cost,rm_via_collective,other_costs,wages_paid,loan_outstanding,loan_overdue,trained_this_fy,revenue_median_earlier";

    public const int BadRow = 2;

    public static string WithOneBadRow() => string.Join("\n",
        Header,
        "E001,Zari unit one,active,female,OBC,2,1,0,0,25,75,42000,20000,15000,5000,2000,0,10000,0,true,40000",
        "E002,Zari unit two,active,female,SC,1,0,1,0,45,40,18000,0,6000,0,500,3000,0,0,false,17000",
        "E003,Zari unit three,active,male,general,0,1,2,0,20,60,30000,10000,11000,0,1000,8000,5000,0,false,29000") + "\n";

    public static string Write()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("cw-ui-roster-").FullName, "roster-2026-11.csv");
        File.WriteAllText(path, WithOneBadRow());
        return path;
    }
}
