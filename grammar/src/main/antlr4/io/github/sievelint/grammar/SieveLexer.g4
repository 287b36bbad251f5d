/*
 * The grammar of RFC 5228 section 8 (Sieve), with the lexical rules of section 8.1.
 *
 * Identifiers, tags and "text:" are case-insensitive (RFC 5228 section 8.1 and RFC 5234 strings).
 * Comments go to the hidden channel so that suppression directives can be read from them; white
 * space is skipped, as nothing reads it (fewer tokens to make, buffer and step over).
 * Tokens named UNTERMINATED_* and TEXT_START_EXTRA exist only so that the parser can report
 * the problem in Sieve terms and carry on.
 */
lexer grammar SieveLexer;

TEXT_START
    : T E X T ':' [ \t]* ('#' ~[\r\n]*)? '\r'? '\n' -> pushMode(TEXT_BODY)
    ;

// "text:" followed by something other than white space or a comment on its line.
TEXT_START_EXTRA
    : T E X T ':' [ \t]* ~[ \t#\r\n] ~[\r\n]* '\r'? '\n' -> pushMode(TEXT_BODY)
    ;

QUOTED_STRING
    : '"' ( '\\' . | ~["\\] )* '"'
    ;

// A string that reaches the end of the file; shorter than QUOTED_STRING whenever a quote ends it.
UNTERMINATED_STRING
    : '"' ( '\\' . | ~["\\] )* '\\'?
    ;

NUMBER
    : [0-9]+ [kKmMgG]?
    ;

TAG
    : ':' IDENT_FRAGMENT
    ;

IDENTIFIER
    : IDENT_FRAGMENT
    ;

SEMICOLON : ';' ;
COMMA     : ',' ;
LPAREN    : '(' ;
RPAREN    : ')' ;
LBRACKET  : '[' ;
RBRACKET  : ']' ;
LBRACE    : '{' ;
RBRACE    : '}' ;

HASH_COMMENT
    : '#' ~[\r\n]* -> channel(HIDDEN)
    ;

BRACKET_COMMENT
    : '/*' .*? '*/' -> channel(HIDDEN)
    ;

// A bracket comment that reaches the end of the file.
UNTERMINATED_COMMENT
    : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* -> channel(HIDDEN)
    ;

WHITESPACE
    : [ \t\r\n]+ -> skip
    ;

// Anything else is one token the parser will reject, so that lexing never stops.
ERROR_CHAR
    : .
    ;

fragment IDENT_FRAGMENT : [a-zA-Z_] [a-zA-Z0-9_]* ;

fragment T : [tT] ;
fragment E : [eE] ;
fragment X : [xX] ;

// ---------------------------------------------------------------- text: bodies

mode TEXT_BODY;

// RFC 5228 section 8.1: the block ends at a line holding a single ".".
TEXT_END
    : '.' '\r'? '\n' -> popMode
    ;

TEXT_LINE
    : ~[\n]* '\n'
    ;

// The last line of a file that ends inside a text block, without a line break.
TEXT_PARTIAL_LINE
    : ~[\n]+ -> type(TEXT_LINE)
    ;
