using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CoDraft.Server.Apis.Contracts;

/// <summary>
/// Makes the OpenAPI document describe what the server writes, for the web client's types generated from it
/// (client/src/api/generated/openapi.ts, docs/protocol.md "Changing the protocol"). Where the defaults say otherwise:
/// <list type="bullet">
/// <item>numbers are documented as "integer or string" (System.Text.Json's web defaults also read numbers written as
/// strings), but the server always writes numbers;</item>
/// <item>an enum first met as nullable keeps <c>null</c> among its values for every use, while nullable uses say so
/// with their own <c>oneOf</c>;</item>
/// <item>every member of a request body is marked required, while the server binds a missing member as null and
/// refuses it with a code where it needs one (a response's members stay required: the server writes every one);</item>
/// <item>a string member limited to a few words by <see cref="AllowedValuesAttribute"/> is documented as their enum.</item>
/// </list>
/// </summary>
public static class OpenApiWireShapes
{
    /// <summary>Adds the transformers to the document's options.</summary>
    public static void Configure(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddSchemaTransformer((schema, context, _) =>
        {
            WriteNumbersAsNumbers(schema);
            ListAllowedValues(schema, context.JsonPropertyInfo);
            return Task.CompletedTask;
        });
        options.AddDocumentTransformer((document, _, _) =>
        {
            var schemas = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
            foreach (var schema in schemas.Values)
            {
                if (schema is OpenApiSchema { Enum: { Count: > 0 } values })
                {
                    RemoveNull(values);
                }
            }
            foreach (var name in RequestBodySchemas(document))
            {
                if (schemas.TryGetValue(name, out var schema) && schema is OpenApiSchema { Required: { } required })
                {
                    required.Clear();
                }
            }
            return Task.CompletedTask;
        });
    }

    /// <summary>The components named as a request body; request records are flat, so their members' types are not followed.</summary>
    private static IEnumerable<string> RequestBodySchemas(OpenApiDocument document) =>
        from path in document.Paths.Values
        where path.Operations is not null
        from operation in path.Operations!.Values
        where operation.RequestBody?.Content is not null
        from media in operation.RequestBody!.Content!.Values
        where media.Schema is OpenApiSchemaReference
        select ((OpenApiSchemaReference)media.Schema!).Reference.Id!;

    private static void WriteNumbersAsNumbers(OpenApiSchema schema)
    {
        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.String)
            && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)))
        {
            schema.Type = type & ~JsonSchemaType.String;
            // The pattern only described the string spelling of the number.
            schema.Pattern = null;
        }
    }

    /// <summary>A string member that takes a few words only (<see cref="AllowedValuesAttribute"/>) is documented as their enum.</summary>
    private static void ListAllowedValues(OpenApiSchema schema, JsonPropertyInfo? property)
    {
        if (property?.AttributeProvider?.GetCustomAttributes(typeof(AllowedValuesAttribute), inherit: false) is [AllowedValuesAttribute allowed, ..]
            && schema.Enum is not { Count: > 0 })
        {
            schema.Enum = [.. allowed.Values.Select(v => JsonValue.Create(v?.ToString())!)];
        }
    }

    private static void RemoveNull(IList<JsonNode> values)
    {
        for (var i = values.Count - 1; i >= 0; i--)
        {
            if (values[i] is null || values[i].GetValueKind() == JsonValueKind.Null)
            {
                values.RemoveAt(i);
            }
        }
    }
}
