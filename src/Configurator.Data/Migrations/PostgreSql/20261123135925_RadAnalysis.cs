using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Configurator.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RadAnalysis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "buying_power_estimates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    SetBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_buying_power_estimates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_buying_power_estimates_customers_CustomerNumber",
                        column: x => x.CustomerNumber,
                        principalTable: "customers",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rad_snapshots",
                columns: table => new
                {
                    Quarter = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    CustomerNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    BuyingPower = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Sales = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    ShareOfWallet = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    Class = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rad_snapshots", x => new { x.Quarter, x.CustomerNumber });
                });

            migrationBuilder.CreateIndex(
                name: "IX_buying_power_estimates_CustomerNumber_Sequence",
                table: "buying_power_estimates",
                columns: new[] { "CustomerNumber", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rad_snapshots_Quarter_Class",
                table: "rad_snapshots",
                columns: new[] { "Quarter", "Class" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "buying_power_estimates");

            migrationBuilder.DropTable(
                name: "rad_snapshots");
        }
    }
}
