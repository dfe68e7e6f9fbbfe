using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Configurator.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PreferenceEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "preference_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Batch = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerNumber = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    FamilyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OptionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    GroupId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    AtMs = table.Column<long>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    LeadTimeDays = table.Column<int>(type: "INTEGER", nullable: true),
                    DiscountAskedPercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_preference_events", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_preference_events_CustomerNumber_AtMs",
                table: "preference_events",
                columns: new[] { "CustomerNumber", "AtMs" });

            migrationBuilder.CreateIndex(
                name: "IX_preference_events_FamilyId_Kind",
                table: "preference_events",
                columns: new[] { "FamilyId", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "preference_events");
        }
    }
}
