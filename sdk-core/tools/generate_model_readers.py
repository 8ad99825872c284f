#!/usr/bin/env python3
"""Writes the hand-rolled Jackson readers of the hot models (sdk-core/src/main/java/io/github/payhawk4j/json).

Run from sdk-core after a hot model gains a field, or with more model names to give more models the fast path:
    python3 tools/generate_model_readers.py
It reads each model's Builder fields (the same fields Jackson fills on the builder path, with their @JsonProperty
names) and writes one <Model>Reader per model and the ModelReaders registry. ModelReadersEquivalenceTest checks
the result against Jackson's builder path, field by field.
"""
import os
import re
import sys

ROOT = "src/main/java/io/github/payhawk4j"
OUT = ROOT + "/json"
# The models an expense is made of: read in every get, list and page walk.
MODELS = [
    "model.expense.Expense", "model.Actor", "model.expense.ExpenseCategory", "model.expense.LineItem",
    "model.expense.Reconciliation", "model.CustomFieldData", "model.CustomFieldDataValue", "model.expense.TaxRate",
    "model.expense.ExpenseDocument", "model.DocumentFile", "model.expense.ExpenseSupplier",
    "model.supplier.SupplierBankAccount", "model.supplier.SupplierCustomFieldData", "model.ExternalLink",
    "model.expense.ExpensePerDiem", "model.expense.ExpensePerDiemStop", "model.expense.ExpensePerDiemDay",
    "model.expense.ExpensePerDiemAppliedRule", "model.expense.ExpenseMileage", "model.expense.ExpenseMileageStop",
    "model.expense.ExpenseMileageStopCoordinates", "model.expense.ExpenseMileageRate", "model.expense.Amortization",
]
# String fields whose values are unique to their record (an expense's id): read as they are, not looked up in the
# read's RepeatedStrings, which would only hash them and keep a copy for nothing.
UNIQUE_STRINGS = {("Expense", "id")}
FIELD = re.compile(r'^\s+private ([A-Za-z0-9_<>, ]+?) ([a-zA-Z0-9_]+);\s*$')
PROPERTY = re.compile(r'^\s+@JsonProperty\("([^"]+)"\)\s*$')


def source(qualified):
    with open(os.path.join(ROOT, *qualified.split(".")) + ".java") as f:
        return f.read()


def simple(qualified):
    return qualified.rsplit(".", 1)[1]


def find_class(name, in_package):
    """The qualified name (after io.github.payhawk4j.) of a model type used by a model in in_package."""
    for candidate in (in_package + "." + name, "model." + name, "model.expense." + name, "model.supplier." + name):
        if os.path.exists(os.path.join(ROOT, *candidate.split(".")) + ".java"):
            return candidate
    return None


def builder_fields(qualified):
    text = source(qualified)
    body = text[text.index("public static final class Builder"):]
    body = body[:body.index("private Builder()")]
    fields, json_name = [], None
    for line in body.splitlines():
        m = PROPERTY.match(line)
        if m:
            json_name = m.group(1)
            continue
        m = FIELD.match(line)
        if m:
            java_type, name = m.group(1).strip(), m.group(2)
            if name != "additionalProperties":
                fields.append((json_name or name, name, java_type))
            json_name = None
    return fields


def is_read_model(name, package):
    """Whether the model type `name` (as used in `package`) has a generated reader."""
    if name in JDK:
        return False
    qualified = find_class(name, package)
    return qualified in MODELS


def is_open_enum(qualified):
    return qualified is not None and "extends OpenEnum<" in source(qualified)


def type_expression(java_type, package, imports):
    """A Java expression for the JavaType of java_type, given `types` (a TypeFactory)."""
    m = re.fullmatch(r'List<(\w+)>', java_type)
    if m:
        imports.add("java.util.List")
        return "types.constructCollectionType(List.class, %s)" % class_literal(m.group(1), package, imports)
    m = re.fullmatch(r'Map<(\w+), (\w+)>', java_type)
    if m:
        imports.add("java.util.Map")
        return "types.constructMapType(Map.class, %s, %s)" % (
            class_literal(m.group(1), package, imports), class_literal(m.group(2), package, imports))
    return "types.constructType(%s)" % class_literal(java_type, package, imports)


JDK = {"String": None, "Object": None, "Instant": "java.time.Instant", "BigDecimal": "java.math.BigDecimal",
       "LocalDate": "java.time.LocalDate", "OffsetDateTime": "java.time.OffsetDateTime", "boolean": None,
       "long": None, "int": None}


def class_literal(name, package, imports):
    if name in JDK:
        if JDK[name]:
            imports.add(JDK[name])
    else:
        imports.add("io.github.payhawk4j." + find_class(name, package))
    return name + ".class"


def wrapped(start, items, end, width=116):
    """start + items joined by ", " + end, wrapped at width with continuation lines indented by eight."""
    lines, line = [], start
    for i, item in enumerate(items):
        piece = item + (", " if i < len(items) - 1 else end)
        if len(line) + len(piece.rstrip()) > width and line.strip():
            lines.append(line.rstrip())
            line = "            "
        line += piece
    lines.append(line)
    return lines


def by_position(case, names):
    """case "x" -> expression; as case <position of x in NAMES> -> expression;"""
    label, expression = case.split(" -> ", 1)
    return 'case %d -> %s' % (names.index(label[len('case "'):-1]), expression)


def reader(qualified):
    model = simple(qualified)
    package = qualified.rsplit(".", 1)[0]
    imports = {"io.github.payhawk4j." + qualified, "com.fasterxml.jackson.core.JsonParser",
               "com.fasterxml.jackson.core.SerializableString",
               "com.fasterxml.jackson.databind.DeserializationContext", "java.io.IOException"}
    fields = builder_fields(qualified)
    declarations, resolutions, cases = [], [], []
    names = [json_name for json_name, _, _ in fields]
    for json_name, name, java_type in fields:
        if java_type == "String":
            if (model, name) in UNIQUE_STRINGS:
                cases.append('case "%s" -> builder.%s(uniqueString(parser, context));' % (json_name, name))
            else:
                cases.append('case "%s" -> builder.%s(string(parser, context, repeated));' % (json_name, name))
            continue
        if java_type == "boolean":
            # JSON true and false as they are; anything else as Jackson coerces it (ModelReader.bool).
            cases.append('case "%s" -> builder.%s(bool(parser, context));' % (json_name, name))
            continue
        declarations.append("private JsonDeserializer<Object> %sReader;" % name)
        if java_type == "long":
            resolutions.append("%sReader = find(context, types.constructType(long.class));" % name)
            cases.append('case "%s" -> builder.%s((Long) value(parser, context, %sReader));' % (json_name, name, name))
            continue
        resolutions.append("%sReader = find(context, %s);" % (name, type_expression(java_type, package, imports)))
        enum_class = find_class(java_type, package) if re.fullmatch(r'\w+', java_type) and java_type not in JDK else None
        if is_open_enum(enum_class):
            # The value's text from the read's RepeatedStrings: no new string per value, and its hash, which of()
            # looks it up by, is the cached one of the instance kept.
            cases.append('case "%s" -> builder.%s(parser.hasToken(JsonToken.VALUE_STRING) ? %s.of(repeated.text(parser))\n'
                         '        : (%s) value(parser, context, %sReader));' % (json_name, name, java_type, java_type, name))
            imports.add("com.fasterxml.jackson.core.JsonToken")
        else:
            cast = java_type if "<" not in java_type else None
            element = re.fullmatch(r'List<(\w+)>', java_type)
            if cast and is_read_model(java_type, package):
                # A model with a reader: read by it directly, with this read's strings.
                cases.append('case "%s" -> builder.%s((%s) model(parser, context, %sReader, repeated));' % (
                    json_name, name, cast, name))
            elif cast:
                cases.append('case "%s" -> builder.%s((%s) value(parser, context, %sReader));' % (json_name, name, cast, name))
            elif element and is_read_model(element.group(1), package):
                # A list of such models: read here, each element by its reader, with this read's strings.
                declarations.append("private JsonDeserializer<Object> %sElements;" % name)
                resolutions.append("%sElements = find(context, types.constructType(%s));" % (
                    name, class_literal(element.group(1), package, imports)))
                cases.append('case "%s" -> builder.%s(list(models(parser, context, %sReader, %sElements, repeated)));' % (
                    json_name, name, name, name))
            else:
                cases.append('case "%s" -> builder.%s(%s(value(parser, context, %sReader)));' % (
                    json_name, name, "list" if java_type.startswith("List") else "map", name))
    cases = [by_position(case, names) for case in cases]
    cases.append('default -> builder.putAdditionalProperty(name, tree(parser, context));')
    if declarations:
        imports.update({"com.fasterxml.jackson.databind.JsonDeserializer", "com.fasterxml.jackson.databind.JsonMappingException",
                        "com.fasterxml.jackson.databind.type.TypeFactory"})
    out = ["package io.github.payhawk4j.json;", ""]
    jackson = sorted(i for i in imports if i.startswith("com."))
    own = sorted(i for i in imports if i.startswith("io."))
    jdk = sorted(i for i in imports if i.startswith("java."))
    for group in (jackson, own, jdk):
        if group:
            out += ["import %s;" % i for i in group] + [""]
    out += ["/**",
            " * Reads {@link %s} into its builder by field name, as Jackson's builder path would (see {@link ModelReader})." % model,
            " * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.",
            " */",
            "final class %sReader extends ModelReader<%s> {" % (model, model), ""]
    out += ["    private static final long serialVersionUID = 1L;",
            "    /** The fields in the order the API writes them (the builder's), each tried first after the one before. */",
            ] + wrapped("    private static final SerializableString[] NAMES = names(", ['"%s"' % n for n in names], ");") + [""]

    for d in declarations:
        out.append("    " + d.replace("private ", "private transient "))
    if declarations:
        out.append("")
    out += ["    %sReader() {" % model, "        super(%s.class, NAMES);" % model, "    }", ""]
    if declarations:
        out += ["    @Override", "    protected void resolveFields(DeserializationContext context) throws JsonMappingException {",
                "        TypeFactory types = context.getTypeFactory();"]
        out += ["        " + r for r in resolutions]
        out += ["    }", ""]
    out += ["    @Override",
            "    protected %s read(String firstField, JsonParser parser, DeserializationContext context, RepeatedStrings table)" % model,
            "            throws IOException {",
            "        %s.Builder builder = %s.builder();" % (model, model)]
    out += ["        RepeatedStrings repeated = table != null ? table : RepeatedStrings.of(context);"]
    out += ["        int at = -1;",
            "        for (String name = firstField; name != null; name = nextName(parser, NAMES, at)) {",
            "            parser.nextToken();",
            "            int field = at + 1 < NAMES.length && name == NAMES[at + 1].getValue() ? at + 1 : position(name);",
            "            try {",
            "                switch (field) {"]
    for c in cases:
        lines = c.split("\n")
        out.append("                    " + lines[0])
        for rest in lines[1:]:
            out.append("                            " + rest.strip())
    out += ["                }",
            "            } catch (Exception e) {",
            "                throw wrap(e, builder, name, context);",
            "            }",
            "            if (field >= 0) {",
            "                at = field;",
            "            }",
            "        }",
            "        try {",
            "            return builder.build();",
            "        } catch (RuntimeException e) {",
            "            return failedBuild(e, context);",
            "        }",
            "    }",
            "",
            "    /** The position of field {@code name} in {@link #NAMES}; -1 for a field this model does not know. */",
            "    private static int position(String name) {",
            "        return switch (name) {"]
    out += ['            case "%s" -> %d;' % (n, i) for i, n in enumerate(names)]
    out += ["            default -> -1;",
            "        };",
            "    }",
            "}", ""]
    return "\n".join(out)


def main():
    os.makedirs(OUT, exist_ok=True)
    for qualified in MODELS:
        with open(os.path.join(OUT, simple(qualified) + "Reader.java"), "w") as f:
            f.write(reader(qualified))
    cases = "\n".join('            case "io.github.payhawk4j.%s" -> new %sReader();' % (q, simple(q)) for q in MODELS)
    with open(os.path.join(OUT, "ModelReaders.java"), "w") as f:
        f.write(REGISTRY.replace("CASES", cases))


REGISTRY = r"""package io.github.payhawk4j.json;

import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * The models read by a {@link ModelReader} instead of Jackson's builder path: those an expense is made of, read
 * by every expense get, list and page walk. Jackson asks its annotation introspectors for a model's deserializer
 * before it looks at the model's builder, so this answers there, as a {@code @JsonDeserialize(using = ...)} on
 * the model would, without changing the models. A reader is created (and its class loaded) when Jackson first
 * needs its model, so a client that never reads an expense loads none of them. Other models keep the builder path;
 * adding one to the list in {@code sdk-core/tools/generate_model_readers.py} and running it gives it the fast path.
 * Written by that script.
 */
final class ModelReaders extends NopAnnotationIntrospector {

    private static final long serialVersionUID = 1L;

    @Override
    public Object findDeserializer(Annotated annotated) {
        return annotated instanceof AnnotatedClass ? readerOf(annotated.getRawType()) : null;
    }

    /**
     * A new reader of {@code model}, or null if Jackson's builder path reads it. Readers also find their fields'
     * readers here ({@link ModelReader#find}), without Jackson introspecting the models.
     */
    static ModelReader<?> readerOf(Class<?> model) {
        return switch (model.getName()) {
CASES
            default -> null;
        };
    }
}
"""


if __name__ == "__main__":
    sys.exit(main())
