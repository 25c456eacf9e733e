namespace CoroDashboard.Simulator.Generation;

/// <summary>Invented words the generator builds company, people and device names from.</summary>
internal static class Names
{
    public static readonly string[] CompanyStems =
    [
        "Northwind", "Bluegill", "Cedar Ridge", "Ironwood", "Silverline", "Maple Grove", "Brightwater",
        "Copperfield", "Fox Hollow", "Granite Peak", "Harbor View", "Juniper", "Keystone", "Lakeshore",
        "Meadowlark", "Oakline", "Pinecrest", "Quarry Hill", "Redwood", "Stonebridge", "Tidewater",
        "Upland", "Willow Creek", "Yellowfin", "Aspen", "Birchwood", "Clearwater", "Driftwood",
        "Evergreen", "Fairhaven", "Goldleaf", "Highland", "Ivy Lane", "Jasper", "Kingfisher",
        "Lighthouse", "Moonstone", "Northstar", "Orchard", "Saltmarsh",
    ];

    public static readonly string[] CompanyTrades =
    [
        "Dental", "Logistics", "Law Group", "Bakery", "Veterinary", "Architects", "Accounting", "Realty",
        "Family Clinic", "Engineering", "Marine Supply", "Printing", "Insurance", "Pharmacy",
        "Construction", "Brewing", "Florists", "Academy", "Credit Union", "Outfitters", "Hotels",
        "Orthodontics", "Freight", "Studios",
    ];

    public static readonly string[] Regions =
        ["North", "South", "East", "West", "Central", "Coastal", "Metro", "Valley", "Harbor", "Summit"];

    public static readonly string[] FirstNames =
    [
        "Ava", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kira", "Liam",
        "Maya", "Noah", "Olga", "Priya", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wes", "Xena",
        "Yusuf", "Zoe", "Aaron", "Bianca", "Caleb", "Dana", "Emil", "Fiona", "Gideon", "Hana", "Ivan",
        "Jade", "Kofi", "Lena", "Marco", "Nadia",
    ];

    public static readonly string[] LastNames =
    [
        "Abbott", "Berg", "Castillo", "Dubois", "Eklund", "Fischer", "Garcia", "Hughes", "Ito", "Jensen",
        "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quintero", "Rossi", "Schmidt",
        "Tanaka", "Ueda", "Vega", "Whitlock", "Xu", "Yilmaz", "Zimmer", "Alvarez", "Brennan", "Chen",
        "Duarte", "Ferreira", "Gallagher", "Haddad", "Iversen", "Jovanovic", "Kaur", "Larsen", "Mendes",
        "Novak", "Olsen",
    ];

    public static readonly string[] Departments = ["FIN", "OPS", "HR", "ENG", "SALES", "IT", "ADM", "MKT", "LEGAL", "SUP"];

    public static readonly string[] Countries =
        ["Brazil", "Nigeria", "Vietnam", "Romania", "Russia", "India", "Netherlands", "Ukraine", "China"];

    public static readonly string[] FileNames =
    [
        "invoice_2026.pdf.exe", "payroll.xlsx", "customer-list.csv", "scan_0423.zip", "passwords.txt",
        "contract-draft.docx", "backup.tar.gz", "id_rsa", "server.pem", "patients-q3.xlsx",
    ];

    public static readonly string[] EmailSubjects =
    [
        "Your invoice is overdue", "Password expires today", "Shared document: Q4 budget",
        "Voicemail received (0:42)", "Action required: verify your mailbox", "Updated payment details",
        "Delivery attempt failed", "HR: new benefits enrolment",
    ];
}
