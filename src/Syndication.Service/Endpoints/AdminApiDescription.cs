using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;

namespace Syndication.Service.Endpoints;

/// <summary>
/// The admin API's OpenAPI document at /openapi/v1.json, made by Microsoft.AspNetCore.OpenApi from the routes' typed
/// results, with the bearer token and the session cookie as security schemes. It describes, it holds no data, so it
/// needs no token; with AdminUrl set it answers on the admin listener only, like the routes it describes.
/// </summary>
internal static class AdminApiDescription
{
    public const string Document = "v1";
    public const string Path = "/openapi/{documentName}.json";

    /// <summary>The API group the admin routes belong to; other routes are not in the document.</summary>
    public const string Group = "admin";

    private const string Bearer = "bearer";
    private const string Session = "session";

    public static IServiceCollection AddAdminApiDescription(this IServiceCollection services) =>
        services.AddOpenApi(Document, options =>
        {
            options.ShouldInclude = description => description.GroupName == Group;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo { Title = "Syndication admin API", Version = Document };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    [Bearer] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "Syndication:AdminToken, or the one the log printed at start.",
                    },
                    [Session] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Cookie, Name = AdminAuthentication.CookieName,
                        Description = "Set by POST /admin/session; changes need a same-origin request (Sec-Fetch-Site or Origin).",
                    },
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any())
                {
                    // Either scheme will do: two requirements are alternatives.
                    operation.Security =
                    [
                        new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] },
                        new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Session, context.Document)] = [] },
                    ];
                }

                return Task.CompletedTask;
            });
        });

    public static IEndpointRouteBuilder MapAdminApiDescription(this IEndpointRouteBuilder app, AdminListener? listener)
    {
        var document = app.MapOpenApi(Path);
        if (listener is not null)
        {
            document.WithMetadata(listener);
        }

        return app;
    }
}
