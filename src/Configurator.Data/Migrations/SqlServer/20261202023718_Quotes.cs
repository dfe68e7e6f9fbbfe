using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Configurator.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Quotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AccountManager",
                table: "customers",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            // Key accounts stored before this column existed: copy their manager out of the profile document.
            migrationBuilder.Sql("""UPDATE customers SET [AccountManager] = JSON_VALUE([KeyAccountJson], '$.accountManager') WHERE [KeyAccountJson] IS NOT NULL;""");

            migrationBuilder.AddColumn<string>(
                name: "CustomerNumber",
                table: "configurations",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "account_price_lists",
                columns: table => new
                {
                    CustomerNumber = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    SetAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DocumentJson = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_account_price_lists", x => x.CustomerNumber);
                    table.ForeignKey(
                        name: "FK_account_price_lists_customers_CustomerNumber",
                        column: x => x.CustomerNumber,
                        principalTable: "customers",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "quotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    CustomerNumber = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    State = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    FamilyId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Revision = table.Column<int>(type: "int", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Total = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    OrderNumber = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: true),
                    IssuedAtMs = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    DocumentJson = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quotes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_customers_AccountManager",
                table: "customers",
                column: "AccountManager");

            migrationBuilder.CreateIndex(
                name: "IX_customer_interactions_Kind_AtMs",
                table: "customer_interactions",
                columns: new[] { "Kind", "AtMs" });

            migrationBuilder.CreateIndex(
                name: "IX_configurations_CustomerNumber",
                table: "configurations",
                column: "CustomerNumber");

            migrationBuilder.CreateIndex(
                name: "IX_quotes_CustomerNumber_IssuedAtMs",
                table: "quotes",
                columns: new[] { "CustomerNumber", "IssuedAtMs" });

            migrationBuilder.CreateIndex(
                name: "IX_quotes_Number",
                table: "quotes",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_quotes_State_ValidUntil",
                table: "quotes",
                columns: new[] { "State", "ValidUntil" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "account_price_lists");

            migrationBuilder.DropTable(
                name: "quotes");

            migrationBuilder.DropIndex(
                name: "IX_customers_AccountManager",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "IX_customer_interactions_Kind_AtMs",
                table: "customer_interactions");

            migrationBuilder.DropIndex(
                name: "IX_configurations_CustomerNumber",
                table: "configurations");

            migrationBuilder.DropColumn(
                name: "AccountManager",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "CustomerNumber",
                table: "configurations");
        }
    }
}
