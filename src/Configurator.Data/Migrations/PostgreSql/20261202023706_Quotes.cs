using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Configurator.Data.Migrations.PostgreSql
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
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            // Key accounts stored before this column existed: copy their manager out of the profile document.
            migrationBuilder.Sql("""UPDATE customers SET "AccountManager" = ("KeyAccountJson"::json ->> 'accountManager') WHERE "KeyAccountJson" IS NOT NULL;""");

            migrationBuilder.AddColumn<string>(
                name: "CustomerNumber",
                table: "configurations",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "account_price_lists",
                columns: table => new
                {
                    CustomerNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SetAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DocumentJson = table.Column<string>(type: "text", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    CustomerNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FamilyId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Total = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    OrderNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    IssuedAtMs = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    DocumentJson = table.Column<string>(type: "text", nullable: false)
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
