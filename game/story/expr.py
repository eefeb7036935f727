"""The condition language: parsed with :mod:`ast`, checked against a whitelist, evaluated by a tree walker.

Never ``eval``. Allowed: declared variable names, int/float/str/bool literals (``true``/``false`` too),
``and``/``or``/``not``, comparisons (chains too), ``+ - * / // %``, unary ``-``/``+`` and the functions of
:data:`FUNCTIONS`, each taking one string literal. Anything else (attributes, indexing, other calls, names
starting with ``_``, comprehensions, lambdas...) is an :class:`ExprError`.
"""

from __future__ import annotations

import ast
import warnings
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from game.story.values import BudgetError, Value, VarType, value_problem

MAX_LENGTH = 400
"""Longer conditions are refused: they are a writing mistake, and this bounds the walker's recursion."""

FUNCTIONS: Mapping[str, VarType] = {"has": VarType.BOOL, "visited": VarType.INT}
"""Functions a condition may call, with their result type: ``has("item")``, ``visited("node")``."""


class ExprError(Exception):
    """A condition that cannot be parsed, is not allowed, or is mistyped."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class Const:
    """A literal."""

    value: Value


@dataclass(frozen=True, slots=True)
class Name:
    """A variable (story variable or host value)."""

    id: str


@dataclass(frozen=True, slots=True)
class Unary:
    """``not x``, ``-x``, ``+x``."""

    op: str
    operand: Expr


@dataclass(frozen=True, slots=True)
class Binary:
    """Arithmetic: ``+ - * / // %``."""

    op: str
    left: Expr
    right: Expr


@dataclass(frozen=True, slots=True)
class Compare:
    """A comparison chain: ``a < b <= c`` compares each neighbouring pair."""

    ops: tuple[str, ...]
    operands: tuple[Expr, ...]


@dataclass(frozen=True, slots=True)
class BoolOp:
    """``and``/``or`` over two or more values, short-circuiting."""

    op: str
    values: tuple[Expr, ...]


@dataclass(frozen=True, slots=True)
class Func:
    """A call of an allowed function with one string literal."""

    name: str
    arg: str


Expr = Const | Name | Unary | Binary | Compare | BoolOp | Func

_BINARY = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%"}
_UNARY = {ast.Not: "not", ast.USub: "-", ast.UAdd: "+"}
_COMPARE = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">="}
_ORDERING = frozenset({"<", "<=", ">", ">="})
_REFUSED = {
    ast.Attribute: "attribute access (.name)",
    ast.Subscript: "indexing ([...])",
    ast.ListComp: "a comprehension",
    ast.SetComp: "a comprehension",
    ast.DictComp: "a comprehension",
    ast.GeneratorExp: "a comprehension",
    ast.Lambda: "lambda",
    ast.IfExp: "'x if c else y'",
    ast.NamedExpr: "':='",
    ast.List: "a list",
    ast.Tuple: "a tuple",
    ast.Dict: "a dict",
    ast.Set: "a set",
    ast.JoinedStr: "an f-string",
    ast.Starred: "'*'",
    ast.Await: "await",
    ast.Yield: "yield",
    ast.YieldFrom: "yield",
    ast.Slice: "a slice",
}


def parse_expr(source: str) -> Expr:
    """Parse a condition or value expression; raises :class:`ExprError` for anything not allowed."""
    text = source.strip()
    if not text:
        raise ExprError("empty expression")
    if len(text) > MAX_LENGTH:
        raise ExprError(f"expression is longer than {MAX_LENGTH} characters")
    try:
        with warnings.catch_warnings():
            # Python only warns about some malformed source ("1if x"); a condition must be plainly valid.
            warnings.simplefilter("error", SyntaxWarning)
            tree = ast.parse(text, mode="eval")
    except SyntaxError as err:
        raise ExprError(f"cannot read expression {text!r}: {err.msg}") from None
    except (ValueError, RecursionError, MemoryError) as err:
        raise ExprError(f"cannot read expression {text!r}: {err}") from None
    return _convert(tree.body)


def _convert(node: ast.expr) -> Expr:
    match node:
        case ast.Constant(value=value):
            if not isinstance(value, int | float | str):
                raise ExprError(f"the literal {value!r} is not allowed (use numbers, 'text', true, false)")
            return Const(value)
        case ast.Name(id=name):
            if name in ("true", "false"):
                return Const(name == "true")
            if name.startswith("_"):
                raise ExprError(f"names starting with '_' are not allowed: {name!r}")
            return Name(name)
        case ast.UnaryOp(op=op, operand=operand) if type(op) in _UNARY:
            return Unary(_UNARY[type(op)], _convert(operand))
        case ast.BinOp(op=op, left=left, right=right) if type(op) in _BINARY:
            return Binary(_BINARY[type(op)], _convert(left), _convert(right))
        case ast.BoolOp(op=op, values=values):
            return BoolOp("and" if isinstance(op, ast.And) else "or", tuple(_convert(v) for v in values))
        case ast.Compare(left=left, ops=ops, comparators=rest):
            names = []
            for cmp in ops:
                if type(cmp) not in _COMPARE:
                    raise ExprError(f"the operator '{_op_text(cmp)}' is not allowed")
                names.append(_COMPARE[type(cmp)])
            return Compare(tuple(names), tuple(_convert(e) for e in (left, *rest)))
        case ast.Call():
            return _convert_call(node)
        case ast.UnaryOp(op=op) | ast.BinOp(op=op):
            raise ExprError(f"the operator '{_op_text(op)}' is not allowed")
    what = _REFUSED.get(type(node), type(node).__name__)
    raise ExprError(f"{what} is not allowed in an expression")


def _convert_call(node: ast.Call) -> Expr:
    if not isinstance(node.func, ast.Name):
        if isinstance(node.func, ast.Attribute):
            raise ExprError("attribute access (.name) is not allowed in an expression")
        raise ExprError("only the functions has(...) and visited(...) may be called")
    name = node.func.id
    if name not in FUNCTIONS:
        known = ", ".join(FUNCTIONS)
        raise ExprError(f"unknown function '{name}' (functions: {known})")
    args = node.args
    if node.keywords or len(args) != 1 or not isinstance(args[0], ast.Constant):
        raise ExprError(f"{name}(...) takes one quoted name, like {name}('x')")
    arg = args[0].value
    if not isinstance(arg, str):
        raise ExprError(f"{name}(...) takes one quoted name, like {name}('x')")
    return Func(name, arg)


def _op_text(op: ast.AST) -> str:
    texts = {
        ast.Pow: "**",
        ast.BitAnd: "&",
        ast.BitOr: "|",
        ast.BitXor: "^",
        ast.LShift: "<<",
        ast.RShift: ">>",
        ast.Invert: "~",
        ast.MatMult: "@",
        ast.In: "in",
        ast.NotIn: "not in",
        ast.Is: "is",
        ast.IsNot: "is not",
    }
    return texts.get(type(op), type(op).__name__)


def walk(expr: Expr) -> Iterator[Expr]:
    """Every node of an expression, the root first."""
    stack: list[Expr] = [expr]
    while stack:
        node = stack.pop()
        yield node
        match node:
            case Unary(operand=operand):
                stack.append(operand)
            case Binary(left=left, right=right):
                stack.extend((right, left))
            case Compare(operands=operands) | BoolOp(values=operands):
                stack.extend(reversed(operands))
    return


def names_in(expr: Expr) -> tuple[str, ...]:
    """Variable names an expression reads, in order of appearance, without repeats."""
    return tuple(dict.fromkeys(n.id for n in walk(expr) if isinstance(n, Name)))


def calls_in(expr: Expr) -> tuple[Func, ...]:
    """The function calls in an expression."""
    return tuple(n for n in walk(expr) if isinstance(n, Func))


def infer_type(expr: Expr, types: Mapping[str, VarType]) -> VarType:
    """The expression's type given the variables' types; raises :class:`ExprError` when mistyped."""
    match expr:
        case Const(value=value):
            kind = VarType.of(value)
            assert kind is not None  # parse_expr admits only story values
            return kind
        case Name(id=name):
            if name not in types:
                raise ExprError(f"undeclared variable '{name}'")
            return types[name]
        case Func(name=name):
            return FUNCTIONS[name]
        case Unary(op=op, operand=operand):
            inner = infer_type(operand, types)
            if op == "not":
                _need_bool("not", inner)
                return VarType.BOOL
            if not inner.numeric:
                raise ExprError(f"cannot apply '{op}' to {inner.value}")
            return inner
        case Binary(op=op, left=left, right=right):
            return _binary_type(op, infer_type(left, types), infer_type(right, types))
        case Compare(ops=ops, operands=operands):
            kinds = [infer_type(o, types) for o in operands]
            for op, a, b in zip(ops, kinds, kinds[1:], strict=False):
                if not (a.numeric and b.numeric) and not (
                    a is b and (op not in _ORDERING or a is VarType.STR)
                ):
                    raise ExprError(f"cannot compare {a.value} {op} {b.value}")
            return VarType.BOOL
        case BoolOp(op=op, values=values):
            for operand in values:
                _need_bool(op, infer_type(operand, types))
            return VarType.BOOL
    raise ExprError(f"unknown expression {expr!r}")


def _need_bool(op: str, kind: VarType) -> None:
    if kind is not VarType.BOOL:
        raise ExprError(f"'{op}' needs true/false values, not {kind.value}")


def _binary_type(op: str, a: VarType, b: VarType) -> VarType:
    if op == "+" and a is VarType.STR and b is VarType.STR:
        return VarType.STR
    if not (a.numeric and b.numeric):
        raise ExprError(f"cannot apply '{op}' to {a.value} and {b.value}")
    if op == "/":
        return VarType.FLOAT
    return VarType.INT if a is VarType.INT and b is VarType.INT else VarType.FLOAT


Lookup = Callable[[str], Value]
"""Reads a variable by name."""
CallFn = Callable[[str, str], Value]
"""Runs an allowed function: ``(name, argument) -> value``."""


def evaluate(expr: Expr, lookup: Lookup, call: CallFn) -> Value:
    """The value of a type-checked expression. Division by zero gives 0: a story never crashes the game.

    Arithmetic that leaves a story's budgets (a whole number of ±10**18 or more, a text over 10,000
    characters, a number that is not finite) raises :class:`BudgetError` instead of growing without bound."""
    match expr:
        case Const(value=value):
            return value
        case Name(id=name):
            return lookup(name)
        case Func(name=name, arg=arg):
            return call(name, arg)
        case Unary(op=op, operand=operand):
            inner = evaluate(operand, lookup, call)
            if op == "not":
                return not inner
            return -_num(inner) if op == "-" else _num(inner)
        case Binary(op=op, left=left, right=right):
            result = _arith(op, evaluate(left, lookup, call), evaluate(right, lookup, call))
            problem = value_problem(result)
            if problem is not None:
                raise BudgetError(f"'{op}' gave {problem}")
            return result
        case Compare(ops=ops, operands=operands):
            previous = evaluate(operands[0], lookup, call)
            for op, operand in zip(ops, operands[1:], strict=True):
                current = evaluate(operand, lookup, call)
                if not _compare(op, previous, current):
                    return False
                previous = current
            return True
        case BoolOp(op=op, values=values):
            want = op == "or"
            for operand in values:
                if bool(evaluate(operand, lookup, call)) is want:
                    return want
            return not want
    raise ExprError(f"unknown expression {expr!r}")


def _num(value: Value) -> int | float:
    if isinstance(value, str):
        raise ExprError(f"expected a number, got {value!r}")
    return value


def _arith(op: str, a: Value, b: Value) -> Value:
    if op == "+" and isinstance(a, str) and isinstance(b, str):
        return a + b
    x, y = _num(a), _num(b)
    match op:
        case "+":
            return x + y
        case "-":
            return x - y
        case "*":
            return x * y
        case "/":
            return x / y if y else 0.0
        case "//":
            return x // y if y else 0 * x
        case _:
            return x % y if y else 0 * x


def _compare(op: str, a: Value, b: Value) -> bool:
    if op == "==":
        return a == b
    if op == "!=":
        return a != b
    if isinstance(a, str) != isinstance(b, str):
        raise ExprError(f"cannot compare {a!r} {op} {b!r}")
    match op:
        case "<":
            return a < b  # type: ignore[operator]
        case "<=":
            return a <= b  # type: ignore[operator]
        case ">":
            return a > b  # type: ignore[operator]
        case _:
            return a >= b  # type: ignore[operator]
