using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoroDashboard.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Credentials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Region = table.Column<string>(type: "TEXT", nullable: false),
                    BaseUrl = table.Column<string>(type: "TEXT", nullable: true),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProtectedSecret = table.Column<string>(type: "TEXT", nullable: false),
                    Audience = table.Column<string>(type: "TEXT", nullable: true),
                    WorkspaceId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Credentials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PsaIntegrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AllowedOrigins = table.Column<string>(type: "TEXT", nullable: false),
                    ProtectedSigningSecret = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PsaIntegrations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoleAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Workspaces = table.Column<string>(type: "TEXT", nullable: false),
                    ExactWorkspaces = table.Column<string>(type: "TEXT", nullable: false),
                    ExcludedWorkspaces = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleAssignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UsedLaunchNonces",
                columns: table => new
                {
                    Nonce = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    IntegrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsedLaunchNonces", x => new { x.IntegrationId, x.Nonce });
                });

            migrationBuilder.CreateTable(
                name: "PsaCompanyMappings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IntegrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WorkspaceId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PsaCompanyMappings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PsaCompanyMappings_PsaIntegrations_IntegrationId",
                        column: x => x.IntegrationId,
                        principalTable: "PsaIntegrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_ClientId",
                table: "Credentials",
                column: "ClientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PsaCompanyMappings_IntegrationId_CompanyId",
                table: "PsaCompanyMappings",
                columns: new[] { "IntegrationId", "CompanyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoleAssignments_SubjectKind_Subject",
                table: "RoleAssignments",
                columns: new[] { "SubjectKind", "Subject" });

            migrationBuilder.CreateIndex(
                name: "IX_UsedLaunchNonces_ExpiresAt",
                table: "UsedLaunchNonces",
                column: "ExpiresAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Credentials");

            migrationBuilder.DropTable(
                name: "PsaCompanyMappings");

            migrationBuilder.DropTable(
                name: "RoleAssignments");

            migrationBuilder.DropTable(
                name: "UsedLaunchNonces");

            migrationBuilder.DropTable(
                name: "PsaIntegrations");
        }
    }
}
