"""The condition language: what parses, what is refused, how it is typed and evaluated (never with eval)."""

from __future__ import annotations

import pytest

from game.story.expr import (
    MAX_LENGTH,
    BoolOp,
    Compare,
    Const,
    ExprError,
    Func,
    Name,
    calls_in,
    evaluate,
    infer_type,
    names_in,
    parse_expr,
)
from game.story.values import Value, VarType

VARS: dict[str, Value] = {"bond": 0.5, "talks": 3, "kept": True, "mood": "warm", "lost": False}
TYPES = {name: VarType.of(value) or VarType.STR for name, value in VARS.items()}


def run(source: str, items: frozenset[str] = frozenset({"camcorder"})) -> Value:
    def call(name: str, arg: str) -> Value:
        return arg in items if name == "has" else {"forest": 2}.get(arg, 0)

    return evaluate(parse_expr(source), VARS.__getitem__, call)


@pytest.mark.parametrize(
    ("source", "value"),
    [
        ("talks + 1", 4),
        ("talks - 5", -2),
        ("talks * 2", 6),
        ("talks / 2", 1.5),
        ("talks // 2", 1),
        ("talks % 2", 1),
        ("-talks", -3),
        ("+bond", 0.5),
        ("bond * 2 > 0.9", True),
        ("1 < talks <= 3", True),
        ("1 < talks < 3", False),
        ("kept and not lost", True),
        ("lost or talks == 3", True),
        ("lost and undefined_is_never_read", False),
        ("kept or undefined_is_never_read", True),
        ("mood == 'warm'", True),
        ('mood + "er" == "warmer"', True),
        ("mood < 'zebra'", True),
        ("true and not false", True),
        ("True", True),
        ('has("camcorder")', True),
        ("has('flowers')", False),
        ("visited('forest') >= 2", True),
        ("visited('mall')", 0),
        ("talks / 0", 0.0),
        ("talks // 0", 0),
        ("talks % 0", 0),
        ("(talks + 1) * 2", 8),
        ("talks != 3", False),
    ],
)
def test_expressions_evaluate_like_python_arithmetic(source: str, value: Value) -> None:
    result = run(source)
    assert result == value and type(result) is type(value)


def test_parsing_builds_plain_nodes() -> None:
    expr = parse_expr("bond > 0.5 and has('camcorder')")
    assert expr == BoolOp("and", (Compare((">",), (Name("bond"), Const(0.5))), Func("has", "camcorder")))
    assert names_in(parse_expr("a + b * a")) == ("a", "b")
    assert calls_in(parse_expr("visited('x') > 0 or has('y')")) == (Func("visited", "x"), Func("has", "y"))


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("bond.__class__", "attribute access (.name) is not allowed in an expression"),
        ("().__class__.__bases__", "attribute access (.name) is not allowed in an expression"),
        ("mood.upper()", "attribute access (.name) is not allowed in an expression"),
        ("__import__('os')", "unknown function '__import__' (functions: has, visited)"),
        ("open('/etc/passwd')", "unknown function 'open' (functions: has, visited)"),
        ("eval('1')", "unknown function 'eval' (functions: has, visited)"),
        ("__builtins__", "names starting with '_' are not allowed: '__builtins__'"),
        ("_secret", "names starting with '_' are not allowed: '_secret'"),
        ("[x for x in range(3)]", "a comprehension is not allowed in an expression"),
        ("{x: 1 for x in 'ab'}", "a comprehension is not allowed in an expression"),
        ("any(x for x in 'ab')", "unknown function 'any' (functions: has, visited)"),
        ("(x for x in 'ab')", "a comprehension is not allowed in an expression"),
        ("lambda: 1", "lambda is not allowed in an expression"),
        ("mood[0]", "indexing ([...]) is not allowed in an expression"),
        ("[1, 2]", "a list is not allowed in an expression"),
        ("f'{mood}'", "an f-string is not allowed in an expression"),
        ("1 if kept else 2", "'x if c else y' is not allowed in an expression"),
        ("(n := 3)", "':=' is not allowed in an expression"),
        ("2 ** 100", "the operator '**' is not allowed"),
        ("talks << 2", "the operator '<<' is not allowed"),
        ("~talks", "the operator '~' is not allowed"),
        ("'a' in mood", "the operator 'in' is not allowed"),
        ("mood is None", "the operator 'is' is not allowed"),
        ("None", "the literal None is not allowed (use numbers, 'text', true, false)"),
        ("b'x'", "the literal b'x' is not allowed (use numbers, 'text', true, false)"),
        ("1j", "the literal 1j is not allowed (use numbers, 'text', true, false)"),
        ("has(mood)", "has(...) takes one quoted name, like has('x')"),
        ("has('a', 'b')", "has(...) takes one quoted name, like has('x')"),
        ("visited(node='x')", "visited(...) takes one quoted name, like visited('x')"),
        ("visited(3)", "visited(...) takes one quoted name, like visited('x')"),
        ("", "empty expression"),
        ("bond >", "cannot read expression 'bond >': invalid syntax"),
        ("x = 1", "cannot read expression 'x = 1': invalid syntax"),
        ("1if kept else 2", "cannot read expression '1if kept else 2': invalid decimal literal"),
        ("1 + " * 200 + "1", f"expression is longer than {MAX_LENGTH} characters"),
    ],
)
def test_anything_outside_the_whitelist_is_refused(source: str, message: str) -> None:
    with pytest.raises(ExprError) as err:
        parse_expr(source)
    assert err.value.message == message


def test_a_null_byte_is_refused_not_crashed_on() -> None:
    with pytest.raises(ExprError, match="cannot read expression"):
        parse_expr("bond\x00 > 1")


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("talks + 1", VarType.INT),
        ("talks + bond", VarType.FLOAT),
        ("talks / 3", VarType.FLOAT),
        ("talks // 3", VarType.INT),
        ("mood + 'x'", VarType.STR),
        ("bond > 1 and kept", VarType.BOOL),
        ("visited('x')", VarType.INT),
        ("has('x')", VarType.BOOL),
        ("-bond", VarType.FLOAT),
        ("talks == bond", VarType.BOOL),
        ("kept == lost", VarType.BOOL),
    ],
)
def test_types_are_inferred(source: str, kind: VarType) -> None:
    assert infer_type(parse_expr(source), TYPES) is kind


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("talks + mood", "cannot apply '+' to int and str"),
        ("kept + 1", "cannot apply '+' to bool and int"),
        ("mood * 2", "cannot apply '*' to str and int"),
        ("talks and kept", "'and' needs true/false values, not int"),
        ("not mood", "'not' needs true/false values, not str"),
        ("-kept", "cannot apply '-' to bool"),
        ("mood == 3", "cannot compare str == int"),
        ("kept < lost", "cannot compare bool < bool"),
        ("kept == 1", "cannot compare bool == int"),
        ("nobody > 1", "undeclared variable 'nobody'"),
    ],
)
def test_mistyped_expressions_are_refused(source: str, message: str) -> None:
    with pytest.raises(ExprError) as err:
        infer_type(parse_expr(source), TYPES)
    assert err.value.message == message
