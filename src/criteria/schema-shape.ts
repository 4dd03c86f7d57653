/**
 * The criteria-set format's JSON Schema (schemas/criteria-set.schema.json, generated from the zod source in
 * ./schema.ts) without its descriptions: what ./quick-parse.ts checks a file against before zod is loaded at all.
 * tests/criteria/quick-parse.test.ts holds it equal to the schema generated from zod; after a change of ./schema.ts,
 * `npm run schemas` and that test's expected text say what to put here.
 */
/** A node of the JSON Schema, as far as ./quick-parse.ts reads it. */
export interface ShapeNode {
  readonly [keyword: string]: unknown;
}

export const criteriaSetShape: ShapeNode = {
  "$ref": "#/$defs/CriteriaSet",
  "$defs": {
    "CriteriaSet": {
      "type": "object",
      "properties": {
        "$schema": {
          "type": "string"
        },
        "id": {
          "type": "string",
          "minLength": 1
        },
        "title": {
          "type": "string",
          "minLength": 1
        },
        "year": {
          "type": "integer",
          "minimum": 2000,
          "maximum": 2100
        },
        "level": {
          "type": "string",
          "enum": [
            "department",
            "district",
            "commune",
            "province",
            "ministry"
          ]
        },
        "decision": {
          "type": "string"
        },
        "total": {
          "type": "number",
          "minimum": 0,
          "maximum": 1000
        },
        "decimals": {
          "default": 2,
          "type": "integer",
          "minimum": 0,
          "maximum": 4
        },
        "naTokens": {
          "default": [
            "KĐG",
            "N/A"
          ],
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          }
        },
        "ties": {
          "default": "shared",
          "$ref": "#/$defs/Ties"
        },
        "allowIndexAbove100": {
          "default": false,
          "type": "boolean"
        },
        "bands": {
          "default": [],
          "type": "array",
          "items": {
            "$ref": "#/$defs/Band"
          }
        },
        "blocks": {
          "default": [],
          "type": "array",
          "items": {
            "$ref": "#/$defs/Block"
          }
        },
        "criteria": {
          "minItems": 1,
          "type": "array",
          "items": {
            "$ref": "#/$defs/Criterion"
          }
        },
        "adjustments": {
          "default": [],
          "type": "array",
          "items": {
            "$ref": "#/$defs/Adjustment"
          }
        },
        "surveyGroups": {
          "minItems": 1,
          "type": "array",
          "items": {
            "$ref": "#/$defs/SurveyGroup"
          }
        },
        "minResponses": {
          "type": "integer",
          "minimum": 1,
          "maximum": 9007199254740991
        }
      },
      "required": [
        "id",
        "title",
        "year",
        "level",
        "total",
        "criteria"
      ],
      "additionalProperties": false
    },
    "Ties": {
      "anyOf": [
        {
          "type": "string",
          "enum": [
            "shared",
            "exact"
          ]
        },
        {
          "type": "object",
          "properties": {
            "compare": {
              "default": "shared",
              "type": "string",
              "enum": [
                "shared",
                "exact"
              ]
            },
            "breakBy": {
              "minItems": 1,
              "type": "array",
              "items": {
                "type": "string",
                "pattern": "^(points|appraisal|survey|name|code|field:.+)$"
              }
            }
          },
          "required": [
            "breakBy"
          ],
          "additionalProperties": false
        }
      ]
    },
    "Band": {
      "type": "object",
      "properties": {
        "label": {
          "type": "string",
          "minLength": 1
        },
        "min": {
          "type": "number"
        }
      },
      "required": [
        "label",
        "min"
      ],
      "additionalProperties": false
    },
    "Block": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "minLength": 1
        },
        "name": {
          "type": "string",
          "minLength": 1
        },
        "bands": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Band"
          }
        }
      },
      "required": [
        "id",
        "name"
      ],
      "additionalProperties": false
    },
    "Criterion": {
      "type": "object",
      "properties": {
        "code": {
          "type": "string",
          "minLength": 1,
          "pattern": "\\S"
        },
        "label": {
          "type": "string",
          "minLength": 1
        },
        "name": {
          "type": "string",
          "minLength": 1
        },
        "max": {
          "type": "number",
          "minimum": 0,
          "maximum": 1000
        },
        "method": {
          "type": "string",
          "enum": [
            "appraisal",
            "survey"
          ]
        },
        "naAllowed": {
          "type": "boolean"
        },
        "evidenceRequired": {
          "type": "boolean"
        },
        "rule": {
          "$ref": "#/$defs/Rule"
        },
        "note": {
          "type": "string"
        },
        "children": {
          "minItems": 1,
          "type": "array",
          "items": {
            "$ref": "#/$defs/Criterion"
          }
        }
      },
      "required": [
        "code",
        "name",
        "max"
      ],
      "additionalProperties": false
    },
    "Rule": {
      "oneOf": [
        {
          "type": "object",
          "properties": {
            "kind": {
              "type": "string",
              "const": "points"
            },
            "step": {
              "type": "number",
              "exclusiveMinimum": 0
            },
            "allowed": {
              "minItems": 1,
              "type": "array",
              "items": {
                "type": "number",
                "minimum": 0,
                "maximum": 1000
              }
            }
          },
          "required": [
            "kind"
          ],
          "additionalProperties": false
        },
        {
          "type": "object",
          "properties": {
            "kind": {
              "type": "string",
              "const": "bands"
            },
            "unit": {
              "default": "percent",
              "type": "string",
              "enum": [
                "percent",
                "number"
              ]
            },
            "bands": {
              "minItems": 1,
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "min": {
                    "type": "number"
                  },
                  "points": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1000
                  }
                },
                "required": [
                  "min",
                  "points"
                ],
                "additionalProperties": false
              }
            }
          },
          "required": [
            "kind",
            "bands"
          ],
          "additionalProperties": false
        },
        {
          "type": "object",
          "properties": {
            "kind": {
              "type": "string",
              "const": "yesno"
            }
          },
          "required": [
            "kind"
          ],
          "additionalProperties": false
        },
        {
          "type": "object",
          "properties": {
            "kind": {
              "type": "string",
              "const": "ratio"
            },
            "target": {
              "type": "number",
              "exclusiveMinimum": 0
            },
            "unit": {
              "default": "number",
              "type": "string",
              "enum": [
                "percent",
                "number"
              ]
            }
          },
          "required": [
            "kind",
            "target"
          ],
          "additionalProperties": false
        },
        {
          "type": "object",
          "properties": {
            "kind": {
              "type": "string",
              "const": "options"
            },
            "options": {
              "minItems": 1,
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "value": {
                    "type": "string",
                    "minLength": 1
                  },
                  "percent": {
                    "type": "number"
                  }
                },
                "required": [
                  "value",
                  "percent"
                ],
                "additionalProperties": false
              }
            }
          },
          "required": [
            "kind",
            "options"
          ],
          "additionalProperties": false
        }
      ]
    },
    "Adjustment": {
      "type": "object",
      "properties": {
        "code": {
          "type": "string",
          "minLength": 1,
          "pattern": "\\S"
        },
        "name": {
          "type": "string",
          "minLength": 1
        },
        "kind": {
          "type": "string",
          "enum": [
            "bonus",
            "penalty"
          ]
        },
        "max": {
          "type": "number",
          "minimum": 0,
          "maximum": 1000
        }
      },
      "required": [
        "code",
        "name",
        "kind",
        "max"
      ],
      "additionalProperties": false
    },
    "SurveyGroup": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "minLength": 1
        },
        "name": {
          "type": "string",
          "minLength": 1
        },
        "weight": {
          "type": "number",
          "exclusiveMinimum": 0,
          "maximum": 1000
        }
      },
      "required": [
        "id",
        "name",
        "weight"
      ],
      "additionalProperties": false
    }
  }
};
